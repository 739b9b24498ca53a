/**
 * What better-auth does not do by itself, run around its endpoints (`hooks.before` / `hooks.after`):
 * refuse control characters in any input, the password policy on every new password, the per-account sign-in
 * lockout, logging failed sign-ins with the account and client address, and an honest answer from
 * `revoke-session` when the token is not one of the caller's own sessions.
 */
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { checkPassword } from "@/lib/auth/password-policy";
import { clearSignInFailures, recordSignInFailure, signInLockRemaining } from "@/lib/auth/sign-in-lockout";
import { CLIENT_ADDRESS_HEADER, UNKNOWN_ADDRESS, normaliseAddress } from "@/lib/http/client-address";
import { log } from "@/lib/log";
import { findControlCharacter } from "@/lib/validation/text";

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

function bodyOf(ctx: HookContext): Record<string, unknown> {
  return ctx.body && typeof ctx.body === "object" ? (ctx.body as Record<string, unknown>) : {};
}

function stringField(ctx: HookContext, field: string): string | undefined {
  const value = bodyOf(ctx)[field];
  return typeof value === "string" ? value : undefined;
}

function addressOf(ctx: HookContext): string {
  return normaliseAddress(ctx.headers?.get(CLIENT_ADDRESS_HEADER)) ?? UNKNOWN_ADDRESS;
}

function refuseWeakPassword(password: string | undefined, email: string | undefined | null): void {
  if (password === undefined) return;
  const problem = checkPassword(password, email);
  if (problem) throw new APIError("BAD_REQUEST", { message: problem, code: "PASSWORD_TOO_WEAK" });
}

async function emailForResetToken(ctx: HookContext, token: string | undefined): Promise<string | null> {
  if (!token) return null;
  const verification = await ctx.context.internalAdapter.findVerificationValue(`reset-password:${token}`);
  if (!verification) return null;
  const user = await ctx.context.internalAdapter.findUserById(verification.value);
  return user?.email ?? null;
}

export const beforeAuth = createAuthMiddleware(async (ctx) => {
  const badField = findControlCharacter(ctx.body);
  if (badField) {
    throw new APIError("BAD_REQUEST", {
      message: `The field “${badField}” must not contain control characters.`,
      code: "CONTROL_CHARACTERS",
    });
  }
  switch (ctx.path) {
    case "/sign-in/email": {
      const email = stringField(ctx, "email");
      if (!email) return;
      const waitSeconds = await signInLockRemaining(email);
      if (waitSeconds > 0) {
        log.warn(
          { component: "auth", account: email, clientAddress: addressOf(ctx), waitSeconds },
          "sign-in refused: account locked after wrong passwords",
        );
        throw new APIError(
          "TOO_MANY_REQUESTS",
          {
            message: `Too many wrong passwords for this account. Try again in ${waitSeconds} s.`,
            code: "ACCOUNT_LOCKED",
          },
          { "Retry-After": String(waitSeconds) },
        );
      }
      return;
    }
    case "/sign-up/email":
      return refuseWeakPassword(stringField(ctx, "password"), stringField(ctx, "email"));
    case "/change-password": {
      const session = await getSessionFromCtx(ctx);
      return refuseWeakPassword(stringField(ctx, "newPassword"), session?.user.email);
    }
    case "/reset-password": {
      const email = await emailForResetToken(ctx, stringField(ctx, "token"));
      return refuseWeakPassword(stringField(ctx, "newPassword"), email);
    }
    case "/revoke-session": {
      // better-auth answers {"status":true} for a token of someone else's session while (rightly) not
      // touching it; say instead that there is no such session of the caller's.
      const session = await getSessionFromCtx(ctx);
      const token = stringField(ctx, "token");
      if (!session || !token) return;
      const target = await ctx.context.internalAdapter.findSession(token);
      if (target?.session.userId !== session.user.id) {
        throw new APIError("NOT_FOUND", {
          message: "You have no session with that token.",
          code: "SESSION_NOT_FOUND",
        });
      }
      return;
    }
  }
});

export const afterAuth = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/sign-in/email") return;
  const email = stringField(ctx, "email");
  if (!email) return;
  const returned = ctx.context.returned;
  if (isAPIError(returned)) {
    if (returned.statusCode !== 401) return;
    const { lockedSeconds } = await recordSignInFailure(email);
    // `event`, `account` and `client_ip` are what a brute-force log query looks for.
    log.warn(
      {
        event: "sign_in_failed",
        component: "auth",
        account: email.slice(0, 254),
        client_ip: addressOf(ctx),
        status: returned.statusCode,
        lockedSeconds,
      },
      "failed sign-in: wrong e-mail or password",
    );
    return;
  }
  await clearSignInFailures(email);
});
