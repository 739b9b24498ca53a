import { db } from "@/lib/db";
import { bucketFor, percentageToBasisPoints } from "@/lib/flags";

/** The in-app announcement for the 25 % cohort (rollout plan §8.2). */
export interface RolloutBanner {
  rolloutId: string;
  flagName: string;
  /** The stage the rollout is in now (25 or 50 with the default stages). */
  percentage: number;
}

const BANNER_STAGE_PERCENTAGE = 25;

/**
 * Whether `userId` should see the rollout banner, and for which rollout: people the 25 % stage brought in —
 * admitted by their bucket (not by an explicit enrolment: the canary got the beta invite instead), with a
 * bucket under the 25 % threshold — while the rollout is at 25 % or more but not yet at 100 % (then the
 * full-rollout e-mail takes over). Dismissed once, never shown again for that rollout.
 */
export async function shouldShowRolloutBanner(userId: string): Promise<RolloutBanner | null> {
  // One statement: this runs in the layout of every page a signed-in person opens.
  const rollouts = await db.$queryRaw<{ id: string; flag_name: string; percentage: number }[]>`
    SELECT r.id, r.flag_name, rs.percentage::float8 AS percentage
    FROM rollouts r
    JOIN feature_flags ff ON ff.flag_name = r.flag_name AND NOT ff.kill_switch
    JOIN rollout_stages rs ON rs.rollout_id = r.id AND rs.position = r.current_stage_index
    WHERE r.status IN ('active', 'paused')
      AND rs.percentage >= ${BANNER_STAGE_PERCENTAGE} AND rs.percentage < 100
    ORDER BY r.created_at`;
  for (const { id, flag_name: flagName, percentage } of rollouts) {
    if (bucketFor(flagName, userId) >= percentageToBasisPoints(BANNER_STAGE_PERCENTAGE)) continue;
    const [enrolment, dismissed] = await Promise.all([
      db.userFeatureFlag.findUnique({
        where: { userId_flagName: { userId, flagName } },
        select: { enabled: true },
      }),
      db.rolloutMessage.findUnique({
        where: { rolloutId_userId_kind: { rolloutId: id, userId, kind: "banner" } },
        select: { dismissedAt: true },
      }),
    ]);
    if (enrolment !== null || dismissed?.dismissedAt) continue;
    return { rolloutId: id, flagName, percentage };
  }
  return null;
}

/** Records that the person dismissed the banner of this rollout; idempotent. */
export async function dismissRolloutBanner(
  userId: string,
  rolloutId: string,
  now: Date = new Date(),
): Promise<void> {
  await db.rolloutMessage.upsert({
    where: { rolloutId_userId_kind: { rolloutId, userId, kind: "banner" } },
    create: { rolloutId, userId, kind: "banner", dueAt: now, dismissedAt: now },
    update: { dismissedAt: now },
  });
}
