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
  const rollouts = await db.rollout.findMany({
    where: { status: { in: ["active", "paused"] } },
    select: {
      id: true,
      flagName: true,
      currentStageIndex: true,
      stages: { select: { position: true, percentage: true }, orderBy: { position: "asc" } },
      flag: { select: { killSwitch: true } },
    },
  });
  for (const rollout of rollouts) {
    const percentage = Number(rollout.stages[rollout.currentStageIndex]?.percentage.toString() ?? 0);
    if (rollout.flag.killSwitch || percentage < BANNER_STAGE_PERCENTAGE || percentage >= 100) continue;
    if (bucketFor(rollout.flagName, userId) >= percentageToBasisPoints(BANNER_STAGE_PERCENTAGE)) continue;
    const [enrolment, dismissed] = await Promise.all([
      db.userFeatureFlag.findUnique({
        where: { userId_flagName: { userId, flagName: rollout.flagName } },
        select: { enabled: true },
      }),
      db.rolloutMessage.findUnique({
        where: { rolloutId_userId_kind: { rolloutId: rollout.id, userId, kind: "banner" } },
        select: { dismissedAt: true },
      }),
    ]);
    if (enrolment !== null || dismissed?.dismissedAt) continue;
    return { rolloutId: rollout.id, flagName: rollout.flagName, percentage };
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
