import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/** Fixed-window limits stored in Postgres, so they hold across instances (plan §4.4: 10 req/s, burst 20). */
const limiters = new Map<string, RateLimiterPrisma>();

function limiterFor(name: string, points: number, durationSeconds: number): RateLimiterPrisma {
  const key = `${name}:${points}:${durationSeconds}`;
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimiterFlexible",
      keyPrefix: name,
      points,
      duration: durationSeconds,
    });
    limiters.set(key, limiter);
  }
  return limiter;
}

// Keys are the stamped socket address (never a client-sent header): see client-address.ts.
export { clientAddress } from "@/lib/http/client-address";

/** Spends one point for `key`; throws a 429 AppError with the wait when the window is used up. */
export async function enforceRateLimit(
  name: string,
  key: string,
  limit: { points: number; durationSeconds: number },
): Promise<void> {
  try {
    await limiterFor(name, limit.points, limit.durationSeconds).consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError("RATE_LIMITED", `Too many requests: try again in ${seconds} s.`, {
        retryAfterSeconds: seconds,
      });
    }
    throw error;
  }
}
