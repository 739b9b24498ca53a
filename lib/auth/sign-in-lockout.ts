import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { FAILURE_MEMORY_SECONDS, lockoutSeconds } from "@/lib/auth/lockout-delay";

const policy = () => ({
  freeFailures: env.AUTH_LOCKOUT_FREE_FAILURES,
  baseSeconds: env.AUTH_LOCKOUT_BASE_SECONDS,
  maxSeconds: env.AUTH_LOCKOUT_MAX_SECONDS,
});

/** E-mails are compared lower-cased and trimmed, as better-auth stores them. */
export function accountKey(email: string): string {
  return email.trim().toLowerCase().slice(0, 320);
}

/** Seconds the account must still wait before a password is even checked; 0 when it may try now. */
export async function signInLockRemaining(email: string, now = new Date()): Promise<number> {
  const row = await db.signInFailure.findUnique({
    where: { email: accountKey(email) },
    select: { lockedUntil: true },
  });
  if (!row?.lockedUntil || row.lockedUntil <= now) return 0;
  return Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000);
}

/**
 * Counts one wrong password and locks the account for the policy's delay. One statement, so parallel wrong
 * passwords each count. A streak older than FAILURE_MEMORY_SECONDS starts again at one.
 */
export async function recordSignInFailure(
  email: string,
  now = new Date(),
): Promise<{ lockedSeconds: number }> {
  const key = accountKey(email);
  const [row] = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO sign_in_failures (email, failures, last_failure_at)
    VALUES (${key}, 1, ${now})
    ON CONFLICT (email) DO UPDATE SET
      failures = CASE
        WHEN sign_in_failures.last_failure_at < ${now}::timestamptz - make_interval(secs => ${FAILURE_MEMORY_SECONDS})
        THEN 1 ELSE sign_in_failures.failures + 1 END,
      last_failure_at = ${now}
    RETURNING failures`;
  const lockedSeconds = lockoutSeconds(row?.failures ?? 1, policy());
  if (lockedSeconds > 0) {
    await db.signInFailure.update({
      where: { email: key },
      data: { lockedUntil: new Date(now.getTime() + lockedSeconds * 1000) },
    });
  }
  return { lockedSeconds };
}

/** The right password ends the streak. */
export async function clearSignInFailures(email: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { email: accountKey(email) } });
}
