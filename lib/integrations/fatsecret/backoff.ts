import { FatSecretError } from "@/lib/integrations/fatsecret/fatsecret-error";

export interface BackoffOptions {
  /** Total time the retries may take, in unscaled milliseconds; past it the last error is thrown. */
  budgetMs: number;
  /** Multiplies every wait (1 in production; tests shrink time consistently with the fake's clock). */
  timeScale: number;
  baseMs?: number;
  maxMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Which retryable errors to retry here (default: all of them). */
  shouldRetry?: (error: FatSecretError) => boolean;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Exponential wait for attempt n (0-based) with ±20 % jitter, at least the server's Retry-After. */
export function backoffDelayMs(
  attempt: number,
  retryAfterMs: number | null,
  options: Pick<BackoffOptions, "baseMs" | "maxMs" | "random">,
): number {
  const base = options.baseMs ?? 1_000;
  const max = options.maxMs ?? 30_000;
  const exponential = Math.min(max, base * 2 ** attempt);
  const jittered = exponential * (0.8 + 0.4 * (options.random ?? Math.random)());
  return Math.max(jittered, retryAfterMs ?? 0);
}

/**
 * Runs `call` until it succeeds, a non-retryable FatSecretError is thrown, or the budget is spent. Time is
 * counted in unscaled ("API") milliseconds, so a scaled-down test storm exercises the same schedule.
 */
export async function withBackoff<T>(call: () => Promise<T>, options: BackoffOptions): Promise<T> {
  const sleep = options.sleep ?? realSleep;
  let waitedMs = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof FatSecretError) || !error.isRetryable) throw error;
      if (options.shouldRetry && !options.shouldRetry(error)) throw error;
      const delay = backoffDelayMs(attempt, error.retryAfterMs, options);
      if (waitedMs + delay > options.budgetMs) throw error;
      waitedMs += delay;
      await sleep(delay * options.timeScale);
    }
  }
}
