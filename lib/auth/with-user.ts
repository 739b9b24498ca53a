import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { getSessionUserFromHeaders, type SessionUser } from "@/lib/auth/session";
import { handleRoute, type RouteContext } from "@/lib/http/handle-route";

type UserHandler<P> = (
  request: Request,
  ctx: RouteContext & { params: P; user: SessionUser },
) => Promise<Response>;

/** A route handler for any signed-in person: 401 without a session. */
export function withUser<P = Record<string, never>>(handler: UserHandler<P>) {
  return handleRoute<P>(async (request, ctx) => {
    const user = await getSessionUserFromHeaders(request.headers);
    if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to link or unlink FatSecret.");
    return handler(request, { ...ctx, user });
  });
}
