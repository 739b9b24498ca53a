import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { handleRoute, type RouteContext } from "@/lib/http/handle-route";

type StaffHandler<P> = (
  request: Request,
  ctx: RouteContext & { params: P; user: SessionUser },
) => Promise<Response>;

/** A route handler only staff may call: 401 without a session, 403 for everyone else. */
export function withStaff<P = Record<string, never>>(handler: StaffHandler<P>) {
  return handleRoute<P>(async (request, ctx) => {
    const user = await getSessionUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "Sign in as staff to use this endpoint.");
    if (user.role !== "staff") throw new AppError("FORBIDDEN", "Staff only.");
    return handler(request, { ...ctx, user });
  });
}
