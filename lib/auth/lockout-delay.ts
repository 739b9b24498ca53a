/**
 * The progressive delay after wrong passwords in a row on one account. The first `freeFailures` cost
 * nothing (typos); each further one locks the account for `base × 2^(n − freeFailures)` seconds, capped at
 * `max`. Attempts during a lock are refused without counting, so an attacker gets one guess per lock and the
 * owner waits at most `max` after the attacker stops — a lock that can never become permanent. Pure.
 */
export interface LockoutPolicy {
  freeFailures: number;
  baseSeconds: number;
  maxSeconds: number;
}

export function lockoutSeconds(failures: number, policy: LockoutPolicy): number {
  if (failures < policy.freeFailures) return 0;
  const exponent = Math.min(failures - policy.freeFailures, 30);
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** exponent);
}

/** Failures older than this are forgiven: the streak starts again. */
export const FAILURE_MEMORY_SECONDS = 24 * 60 * 60;
