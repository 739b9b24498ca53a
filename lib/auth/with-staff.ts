import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { getSessionUserFromHeaders, type SessionUser } from "@/lib/auth/session";
import { handleRoute, type RouteContext } from "@/lib/http/handle-route";
import { clientAddress, enforceRateLimit } from "@/lib/http/rate-limit";

type StaffHandler<P> = (
  request: Request,
  ctx: RouteContext & { params: P; user: SessionUser },
) => Promise<Response>;

interface WithStaffOptions {
  /** Checked before the session lookup, so unauthenticated floods are cut off cheaply too. */
  rateLimit?: { name: string; points: number; durationSeconds: number };
}

/** A route handler only staff may call: 429 when over its limit, 401 without a session, 403 for everyone else. */
export function withStaff<P = Record<string, never>>(
  handler: StaffHandler<P>,
  options: WithStaffOptions = {},
) {
  return handleRoute<P>(async (request, ctx) => {
    if (options.rateLimit)
      await enforceRateLimit(options.rateLimit.name, clientAddress(request), options.rateLimit);
    const user = await getSessionUserFromHeaders(request.headers);
    if (!user) throw new AppError("UNAUTHENTICATED", "Sign in as staff to use this endpoint.");
    if (user.role !== "staff") throw new AppError("FORBIDDEN", "Staff only.");
    return handler(request, { ...ctx, user });
  });
}
