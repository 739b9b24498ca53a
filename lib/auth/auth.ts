import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { afterAuth, beforeAuth } from "@/lib/auth/auth-hooks";
import { loopbackOrigins } from "@/lib/auth/loopback-origins";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { RESET_TOKEN_TTL_SECONDS, sendPasswordReset } from "@/lib/auth/send-password-reset";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { log } from "@/lib/log";

const authLog = log.child({ component: "auth" });

export const auth = betterAuth({
  baseURL: env.APP_URL,
  trustedOrigins: loopbackOrigins(env.APP_URL, env.NODE_ENV),
  secret: env.BETTER_AUTH_SECRET,
  database: prismaAdapter(db, { provider: "postgresql" }),
  emailAndPassword: {
    enabled: true,
    // The common-password list and the e-mail check are in the before hook (lib/auth/password-policy.ts).
    minPasswordLength: MIN_PASSWORD_LENGTH,
    maxPasswordLength: MAX_PASSWORD_LENGTH,
    autoSignIn: true,
    sendResetPassword: ({ user, token }) => sendPasswordReset({ user, token }),
    resetPasswordTokenExpiresIn: RESET_TOKEN_TTL_SECONDS,
    // Whoever knew the old password is signed out everywhere once it is reset.
    revokeSessionsOnPasswordReset: true,
  },
  hooks: { before: beforeAuth, after: afterAuth },
  advanced: {
    // Only the address stamped at the socket (lib/http/client-address.ts), never a client-sent
    // X-Forwarded-For: otherwise each request could bring a fresh rate-limit key.
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
  },
  session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
  user: {
    additionalFields: {
      // Never settable through sign-up: staff are made by seed or by another staff member.
      role: { type: ["user", "staff"], required: false, defaultValue: "user", input: false },
    },
  },
  rateLimit: {
    enabled: true,
    // In Postgres so the limit holds across instances and restarts.
    storage: "database",
    modelName: "rateLimit",
    customRules: {
      "/sign-in/email": { window: env.AUTH_SIGN_IN_WINDOW_SECONDS, max: env.AUTH_SIGN_IN_MAX_ATTEMPTS },
      "/sign-up/email": { window: 60, max: 10 },
      "/request-password-reset": { window: 60, max: 3 },
      "/change-password": { window: 60, max: 5 },
    },
  },
  databaseHooks: {
    session: {
      create: {
        // "Active users" (signed in within 30 days) is a rollout cohort: keep the fact on the user row.
        after: async (session) => {
          await db.user.update({ where: { id: session.userId }, data: { lastSignInAt: new Date() } });
        },
      },
    },
  },
  // Into the app's structured log instead of colourful console lines.
  logger: {
    log: (level, message, ...args) => authLog[level]({ details: args.length ? args : undefined }, message),
  },
  plugins: [nextCookies()],
});

export type Session = typeof auth.$Infer.Session;
