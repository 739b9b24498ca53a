import { db } from "@/lib/db";
import { updateGreenSince, type StageAction } from "@/lib/rollouts/rules";
import { ROLLOUT_GUARD_ACTOR } from "@/lib/flags/server";
import { advanceRollout } from "@/lib/rollouts/advance-rollout";
import { decideStage, readRolloutGates } from "@/lib/rollouts/evaluate-rollout-gates";
import { LIVE_ROLLOUT_STATUSES, rolloutInclude } from "@/lib/rollouts/rollout-view";
import { log } from "@/lib/log";

export interface RolloutObservation {
  flagName: string;
  rolloutId: string;
  stageIndex: number;
  isAllGreen: boolean;
  gatesGreenSince: string | null;
  action: StageAction | null;
  outcome: "held" | "awaiting_approval" | "advanced" | "completed" | "failed";
  waitingFor: string[];
}

/**
 * Once per guard run, for every live rollout: reads the canary gates, keeps `gates_green_since` (the start
 * of the current streak with no gate red, which approvals and auto-advance measure the soak against), and moves
 * rollouts that have auto-advance on and whose gates have been green for the soak time.
 */
export async function observeRollouts(options: { now?: Date } = {}): Promise<RolloutObservation[]> {
  const now = options.now ?? new Date();
  const rollouts = await db.rollout.findMany({
    where: { status: { in: [...LIVE_ROLLOUT_STATUSES] } },
    include: rolloutInclude,
    orderBy: { createdAt: "asc" },
  });
  const observations: RolloutObservation[] = [];
  for (const rollout of rollouts) {
    const readings = await readRolloutGates(rollout, now);
    const greenSince = updateGreenSince(rollout.gatesGreenSince, readings.isNoneRed, now);
    if ((greenSince?.getTime() ?? null) !== (rollout.gatesGreenSince?.getTime() ?? null)) {
      await db.rollout.update({ where: { id: rollout.id }, data: { gatesGreenSince: greenSince } });
    }
    const decision = decideStage(rollout, readings.canary, now, greenSince);
    const base = {
      flagName: rollout.flagName,
      rolloutId: rollout.id,
      stageIndex: rollout.currentStageIndex,
      isAllGreen: readings.isAllGreen,
      gatesGreenSince: greenSince?.toISOString() ?? null,
      action: decision?.action ?? null,
      waitingFor: decision?.waitingFor ?? [],
    };
    const isDue = decision?.action === "advance" || (decision?.action === "complete" && rollout.autoAdvance);
    if (rollout.status !== "active" || !rollout.autoAdvance || !isDue) {
      observations.push({
        ...base,
        outcome: decision?.action === "await_approval" ? "awaiting_approval" : "held",
      });
      continue;
    }
    try {
      const result = await advanceRollout({ flagName: rollout.flagName, actor: ROLLOUT_GUARD_ACTOR }, now);
      observations.push({ ...base, outcome: result.outcome });
    } catch (error) {
      // One rollout failing to move must not stop the others being watched.
      log.error({ err: error, rolloutId: rollout.id }, "auto-advance failed");
      observations.push({ ...base, outcome: "failed" });
    }
  }
  return observations;
}
