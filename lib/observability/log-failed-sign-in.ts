import { createAuthMiddleware, getIP, isAPIError } from "better-auth/api";
import { log } from "@/lib/log";

const SIGN_IN_PATHS: ReadonlySet<string> = new Set(["/sign-in/email"]);

/**
 * better-auth `hooks.after`: a failed sign-in is logged at `warn` with the account tried and the client
 * address, so a brute-force run shows up in the logs (and in a log query by `event`).
 */
export const logFailedSignIn = createAuthMiddleware(async (ctx) => {
  if (!ctx.path || !SIGN_IN_PATHS.has(ctx.path)) return;
  const returned = ctx.context.returned;
  if (!isAPIError(returned)) return;
  const body = ctx.body as { email?: unknown } | undefined;
  const source = ctx.request ?? ctx.headers;
  log.warn(
    {
      event: "sign_in_failed",
      account: typeof body?.email === "string" ? body.email.slice(0, 254) : null,
      client_ip: source ? getIP(source, ctx.context.options) : null,
      status: returned.statusCode,
      reason: returned.message,
    },
    "sign-in failed",
  );
});
