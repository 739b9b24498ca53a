import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { logFailedSignIn } from "@/lib/observability/log-failed-sign-in";

const authLog = log.child({ component: "auth" });

export const auth = betterAuth({
  baseURL: env.APP_URL,
  secret: env.BETTER_AUTH_SECRET,
  database: prismaAdapter(db, { provider: "postgresql" }),
  emailAndPassword: { enabled: true, minPasswordLength: 8, autoSignIn: true },
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
  hooks: { after: logFailedSignIn },
  // Into the app's structured log instead of colourful console lines.
  logger: {
    log: (level, message, ...args) => authLog[level]({ details: args.length ? args : undefined }, message),
  },
  plugins: [nextCookies()],
});

export type Session = typeof auth.$Infer.Session;
