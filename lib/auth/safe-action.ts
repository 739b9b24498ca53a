import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { AppError } from "@/lib/errors/app-error";
import { getSessionUser } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/health/describe-database-error";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/health/unavailable-page";
import { log } from "@/lib/log";
import { refuseControlCharacters } from "@/lib/validation/text";

/**
 * Server actions are public HTTP endpoints: each one is built from these clients, so validation (zod via
 * `.inputSchema`) and authorisation happen once, here, and never in the action body.
 */
const baseAction = createSafeActionClient({
  handleServerError(error) {
    // People see our own messages; anything else is logged and summarised, never a stack trace.
    if (error instanceof AppError) return error.message;
    if (isDatabaseUnavailable(error)) return DATABASE_UNAVAILABLE_MESSAGE;
    log.error({ err: error }, "server action failed");
    return "Something went wrong on our side.";
  },
}).use(async ({ next, clientInput }) => {
  // The shared boundary rule (lib/validation/text.ts): no control characters in any input, checked before
  // the session lookup or the action's own schema.
  refuseControlCharacters(clientInput);
  return next();
});

export const userAction = baseAction.use(async ({ next }) => {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in again.");
  return next({ ctx: { user } });
});

export const staffAction = baseAction.use(async ({ next }) => {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in again.");
  if (user.role !== "staff") throw new AppError("FORBIDDEN", "Staff only.");
  return next({ ctx: { user } });
});
