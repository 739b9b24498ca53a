/**
 * Canary cohort selection, as the rollout plan's enrolment script (Appendix A.2) describes it:
 * priority 1 beta testers, priority 2 users active in the last 30 days (most recent first), capped
 * at ceil(total × pct / 100) of the non-deleted users. Users who are neither are never picked, so a
 * small or idle user base yields a short cohort — reported through `pctOfTarget`, not padded.
 */

const DAY_MS = 86_400_000;
export const DEFAULT_ACTIVE_WITHIN_DAYS = 30;
export const BETA_TESTER_TAG = "beta_tester";

export interface BetaSignals {
  email: string;
  tags: readonly string[];
  inBetaProgram: boolean;
}

export interface CohortCandidate extends BetaSignals {
  id: string;
  lastLoginAt: Date | null;
  deletedAt?: Date | null;
}

export interface CanaryCohort {
  selectedIds: string[];
  enrolledCount: number;
  targetCount: number;
  /** enrolledCount / targetCount × 100, two decimals; 100 when the target is zero (nothing to do). */
  pctOfTarget: number;
}

export interface CohortOptions {
  now: Date;
  activeWithinDays?: number;
  /** Live users the target is computed from; defaults to the live users passed in. */
  totalUsers?: number;
}

/** The plan's opt-in conventions: "+beta" sub-address, the `beta_tester` tag, or programme enrolment. */
export function isBetaTester(user: BetaSignals): boolean {
  if (user.inBetaProgram || user.tags.includes(BETA_TESTER_TAG)) return true;
  const at = user.email.lastIndexOf("@");
  const localPart = at === -1 ? user.email : user.email.slice(0, at);
  return localPart.toLowerCase().includes("+beta");
}

/** ceil(total × pct / 100) in integer basis points, so 5 % of 1 000 is exactly 50, not 51. */
export function canaryTargetCount(totalUsers: number, targetPercent: number): number {
  const basisPoints = Math.round(Math.min(Math.max(targetPercent, 0), 100) * 100);
  return Math.ceil((totalUsers * basisPoints) / 10_000);
}

function byRecentLoginThenId(a: CohortCandidate, b: CohortCandidate): number {
  const loginDiff = (b.lastLoginAt?.getTime() ?? -Infinity) - (a.lastLoginAt?.getTime() ?? -Infinity);
  if (loginDiff !== 0 && !Number.isNaN(loginDiff)) return loginDiff;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function selectCanaryCohort(
  users: readonly CohortCandidate[],
  targetPercent: number,
  options: CohortOptions,
): CanaryCohort {
  const live = users.filter((user) => (user.deletedAt ?? null) === null);
  const targetCount = canaryTargetCount(options.totalUsers ?? live.length, targetPercent);
  const activeSinceMs =
    options.now.getTime() - (options.activeWithinDays ?? DEFAULT_ACTIVE_WITHIN_DAYS) * DAY_MS;

  // Ordering inside each tier is fixed (recent login, then id) so reruns pick the same people.
  const beta = live.filter(isBetaTester).sort(byRecentLoginThenId);
  const active = live
    .filter(
      (user) =>
        !isBetaTester(user) && user.lastLoginAt !== null && user.lastLoginAt.getTime() > activeSinceMs,
    )
    .sort(byRecentLoginThenId);

  const selectedIds = [...beta, ...active].slice(0, targetCount).map((user) => user.id);
  const enrolledCount = selectedIds.length;
  const pctOfTarget = targetCount === 0 ? 100 : Math.round((enrolledCount / targetCount) * 10_000) / 100;
  return { selectedIds, enrolledCount, targetCount, pctOfTarget };
}
