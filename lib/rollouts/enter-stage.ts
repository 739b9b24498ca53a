import type { Prisma } from "@/lib/db";
import { enrolCohortInTransaction, lockFlag, writeAudit, type Actor } from "@/lib/flags/server";
import {
  rolloutInclude,
  toRolloutSummary,
  type RolloutRow,
  type RolloutSummary,
} from "@/lib/rollouts/rollout-view";

export interface StageEntry {
  rollout: RolloutSummary;
  percentage: number;
  /** Stage 0 only: the beta-tester canary, reported like the plan's Appendix A.2 script. */
  canaryCohort: { enrolledCount: number; targetCount: number; pctOfTarget: number } | null;
}

/**
 * Moves the rollout into a stage inside the caller's transaction: the flag's percentage (global at 100 %),
 * the beta-tester canary on the first stage, the stage timestamps and the audit entry. The flag's version is
 * bumped so every instance picks the new exposure up within 5 s. Users the percentage admits are not written
 * out: evaluation and the metrics' canary cohort place them by bucket, so a stage costs the same at 1M users.
 */
export async function enterStage(
  tx: Prisma.TransactionClient,
  rollout: RolloutRow,
  stageIndex: number,
  actor: Actor,
  now: Date,
): Promise<StageEntry> {
  const stage = rollout.stages[stageIndex];
  if (stage === undefined) throw new RangeError(`rollout ${rollout.id} has no stage ${stageIndex}`);
  const percentage = Number(stage.percentage.toString());
  const before = await lockFlag(tx, rollout.flagName);

  await tx.featureFlag.update({
    where: { flagName: rollout.flagName },
    data: {
      rolloutPercentage: stage.percentage,
      enabledGlobally: percentage >= 100,
      version: { increment: 1 },
    },
  });
  const cohort =
    stageIndex === 0
      ? await enrolCohortInTransaction(
          tx,
          { flagName: rollout.flagName, cohort: "beta_testers", targetPercent: percentage, actor },
          now,
        )
      : null;

  const previous = rollout.stages[stageIndex - 1];
  if (previous !== undefined && previous.completedAt === null) {
    await tx.rolloutStage.update({ where: { id: previous.id }, data: { completedAt: now } });
  }
  await tx.rolloutStage.update({ where: { id: stage.id }, data: { enteredAt: now } });
  const updated = await tx.rollout.update({
    where: { id: rollout.id },
    data: { status: "active", currentStageIndex: stageIndex, stageEnteredAt: now, gatesGreenSince: null },
    include: rolloutInclude,
  });

  const canaryCohort =
    cohort === null
      ? null
      : {
          enrolledCount: cohort.enrolledCount,
          targetCount: cohort.targetCount,
          pctOfTarget: cohort.pctOfTarget,
        };
  await writeAudit(tx, {
    actor,
    action: stageIndex === 0 ? "rollout.start" : "rollout.advance",
    targetType: "rollout",
    targetId: rollout.id,
    before: {
      stageIndex: rollout.currentStageIndex,
      rolloutPercentage: Number(before.rolloutPercentage.toString()),
      enabledGlobally: before.enabledGlobally,
    },
    after: {
      stageIndex,
      rolloutPercentage: percentage,
      enabledGlobally: percentage >= 100,
      canaryCohort,
    },
  });
  return { rollout: toRolloutSummary(updated), percentage, canaryCohort };
}
