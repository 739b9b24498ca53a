import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { getSessionUserFromHeaders } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { handleRoute, type RouteContext } from "@/lib/http/handle-route";
import { clientAddress, enforceBurstyRateLimit, type BurstyLimit } from "@/lib/http/rate-limit";

/** Who is calling the scheduler API: the operator's bearer token, or a signed-in staff member. */
export type SchedulerCaller =
  { kind: "admin_token"; label: string } | { kind: "staff"; label: string; userId: string };

type SchedulerHandler<P> = (
  request: Request,
  ctx: RouteContext & { params: P; caller: SchedulerCaller },
) => Promise<Response>;

// The rollout plan's nginx rule for /api/scheduler (§4.4): 10 requests/s with a burst of 20, per client.
const LIMIT: BurstyLimit = { points: 10, durationSeconds: 1, burstPoints: 20, burstDurationSeconds: 10 };

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

function bearerTokenOf(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}

function isAdminToken(token: string): boolean {
  const expected = env.SCHEDULER_ADMIN_TOKEN;
  // Hashing first makes the comparison constant-time whatever the lengths.
  return Boolean(expected) && timingSafeEqual(digest(token), digest(expected ?? ""));
}

/**
 * The scheduler API's door (plan §4.4 smoke test): `Authorization: Bearer $SCHEDULER_ADMIN_TOKEN` or a staff
 * session. Callers are limited apart: a known caller by who they are, anyone else by address, so anonymous
 * traffic from an address can never use up a staff member's allowance.
 */
export function withSchedulerAccess<P = Record<string, never>>(handler: SchedulerHandler<P>) {
  return handleRoute<P>(async (request, ctx) => {
    const token = bearerTokenOf(request);
    let caller: SchedulerCaller | null = null;
    if (token && isAdminToken(token)) caller = { kind: "admin_token", label: "scheduler-admin-token" };
    const user = caller || token ? null : await getSessionUserFromHeaders(request.headers);
    if (user?.role === "staff") caller = { kind: "staff", label: user.email, userId: user.id };

    if (!caller) {
      await enforceBurstyRateLimit("scheduler-anonymous", clientAddress(request), LIMIT);
      if (token)
        throw new AppError("UNAUTHENTICATED", "That bearer token is not valid for the scheduler API.");
      if (user) throw new AppError("FORBIDDEN", "Staff only.");
      throw new AppError(
        "UNAUTHENTICATED",
        "Sign in as staff, or send Authorization: Bearer <SCHEDULER_ADMIN_TOKEN>.",
      );
    }
    await enforceBurstyRateLimit(
      "scheduler-api",
      caller.kind === "staff" ? `staff:${caller.userId}` : "admin-token",
      LIMIT,
    );
    return handler(request, { ...ctx, caller });
  });
}
