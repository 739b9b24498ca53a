import { db } from "@/lib/db";
import { canaryTargetCount } from "@/lib/flags";
import type { StageAction } from "@/lib/rollouts/rules";
import { getFlag, type FlagView } from "@/lib/flags/server";
import { evaluateRolloutGates } from "@/lib/rollouts/evaluate-rollout-gates";
import { toRollbackEventView, type RollbackEventView } from "@/lib/rollouts/list-rollback-events";
import type { GateTile } from "@/lib/rollouts/read-gate-values";
import {
  OPEN_ROLLOUT_STATUSES,
  rolloutInclude,
  toRolloutSummary,
  type RolloutSummary,
} from "@/lib/rollouts/rollout-view";

export interface RolloutStatusView {
  flagName: string;
  flag: FlagView;
  /** The open rollout, else the most recent finished one; null when the flag never had one. */
  rollout: RolloutSummary | null;
  stage: { index: number; percentage: number; minSoakMinutes: number; enteredAt: string | null } | null;
  nextStage: { percentage: number; minSoakMinutes: number } | null;
  /** Users with the flag switched on by enrolment, against ceil(live users × stage % / 100). */
  cohort: { enrolledCount: number; targetCount: number; totalUsers: number; pctOfTarget: number };
  gates: { window: { from: string; to: string }; canary: GateTile[]; rest: GateTile[] };
  gatesGreenSince: string | null;
  soakRemainingMs: number | null;
  canAdvance: boolean;
  /** advance / await_approval / hold / complete while in a stage; null otherwise. */
  action: StageAction | null;
  waitingFor: string[];
  /** Gates staff may advance past with a reason (no data for the whole window, nothing else holding). */
  overridableGates: string[];
  lastRollback: RollbackEventView | null;
}

/** Everything the console's rollout page shows for one flag, as plain data. */
export async function getRolloutStatus(flagName: string, now: Date = new Date()): Promise<RolloutStatusView> {
  const flag = await getFlag(flagName);
  const rollout =
    (await db.rollout.findFirst({
      where: { flagName, status: { in: [...OPEN_ROLLOUT_STATUSES] } },
      orderBy: { createdAt: "desc" },
      include: rolloutInclude,
    })) ??
    (await db.rollout.findFirst({
      where: { flagName },
      orderBy: { createdAt: "desc" },
      include: rolloutInclude,
    }));

  const [totalUsers, enrolledCount, lastRollback] = await Promise.all([
    db.user.count({ where: { deletedAt: null } }),
    // No join to users: deleting an account removes its enrolments in the same transaction
    // (lib/users/delete-my-account.ts), and the count then stays an index-only scan at a million people.
    db.userFeatureFlag.count({ where: { flagName, enabled: true } }),
    db.rollbackEvent.findFirst({ where: { flagName }, orderBy: { createdAt: "desc" } }),
  ]);

  const summary = rollout === null ? null : toRolloutSummary(rollout);
  const stageView = summary?.stages[summary.currentStageIndex];
  const isInStage = summary !== null && (summary.status === "active" || summary.status === "paused");
  const stagePercentage =
    isInStage && stageView !== undefined ? stageView.percentage : flag.rolloutPercentage;
  const targetCount = canaryTargetCount(totalUsers, stagePercentage);

  const report = await evaluateRolloutGates(
    rollout ?? {
      flagName,
      status: "draft",
      stages: [],
      currentStageIndex: -1,
      stageEnteredAt: null,
      gatesGreenSince: null,
      autoAdvance: false,
    },
    now,
  );
  const decision = report.decision;

  const waitingFor: string[] = [];
  if (summary?.status === "draft") waitingFor.push("The rollout has not been started");
  if (summary?.status === "paused") waitingFor.push("The rollout is paused");
  if (decision !== null) waitingFor.push(...decision.waitingFor);

  return {
    flagName,
    flag,
    rollout: summary,
    stage:
      isInStage && stageView !== undefined
        ? {
            index: summary.currentStageIndex,
            percentage: stageView.percentage,
            minSoakMinutes: stageView.minSoakMinutes,
            enteredAt: stageView.enteredAt,
          }
        : null,
    nextStage: decision?.nextStage ?? (summary?.status === "draft" ? firstStageOf(summary) : null),
    cohort: {
      enrolledCount,
      targetCount,
      totalUsers,
      pctOfTarget: targetCount === 0 ? 100 : Math.round((enrolledCount / targetCount) * 10_000) / 100,
    },
    gates: { window: report.window, canary: report.canary, rest: report.rest },
    gatesGreenSince: summary?.gatesGreenSince ?? null,
    soakRemainingMs: decision?.soakRemainingMs ?? null,
    canAdvance:
      summary?.status === "active" &&
      decision !== null &&
      (decision.canAdvance || decision.action === "complete"),
    action: decision?.action ?? null,
    waitingFor,
    overridableGates: summary?.status === "active" ? (decision?.overridableGates ?? []) : [],
    lastRollback: lastRollback === null ? null : toRollbackEventView(lastRollback),
  };
}

function firstStageOf(summary: RolloutSummary): { percentage: number; minSoakMinutes: number } | null {
  const first = summary.stages[0];
  return first === undefined ? null : { percentage: first.percentage, minSoakMinutes: first.minSoakMinutes };
}
