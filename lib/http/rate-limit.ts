import { BurstyRateLimiter, RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
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

async function consumeOrThrow(
  limiter: { consume(key: string): Promise<unknown> },
  key: string,
): Promise<void> {
  try {
    await limiter.consume(key);
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

/** Spends one point for `key`; throws a 429 AppError with the wait when the window is used up. */
export async function enforceRateLimit(
  name: string,
  key: string,
  limit: { points: number; durationSeconds: number },
): Promise<void> {
  await consumeOrThrow(limiterFor(name, limit.points, limit.durationSeconds), key);
}

export interface BurstyLimit {
  /** The steady rate: `points` per `durationSeconds`. */
  points: number;
  durationSeconds: number;
  /** Extra requests allowed on top of the rate, refilled over `burstDurationSeconds` (nginx's `burst`). */
  burstPoints: number;
  burstDurationSeconds: number;
}

const burstyLimiters = new Map<string, BurstyRateLimiter>();

/** Like `enforceRateLimit`, for a rate with a burst allowance (plan §4.4: 10 r/s, burst 20). */
export async function enforceBurstyRateLimit(name: string, key: string, limit: BurstyLimit): Promise<void> {
  const id = `${name}:${limit.points}:${limit.durationSeconds}:${limit.burstPoints}:${limit.burstDurationSeconds}`;
  let limiter = burstyLimiters.get(id);
  if (!limiter) {
    limiter = new BurstyRateLimiter(
      limiterFor(name, limit.points, limit.durationSeconds),
      limiterFor(`${name}-burst`, limit.burstPoints, limit.burstDurationSeconds),
    );
    burstyLimiters.set(id, limiter);
  }
  await consumeOrThrow(limiter, key);
}
