import { evaluateStageAdvance, type StageAction, type StageGateKey } from "@/lib/rollouts/rules";
import { gateWindowMs, stageGatesConfig } from "@/lib/rollouts/rollout-config";
import { readCohortGateTiles, type GateTile } from "@/lib/rollouts/read-gate-values";
import type { RolloutRow } from "@/lib/rollouts/rollout-view";

/** The parts of a rollout the gates depend on (a flag without a rollout passes an empty draft). */
export type GateSubject = Pick<
  RolloutRow,
  | "flagName"
  | "status"
  | "stages"
  | "currentStageIndex"
  | "stageEnteredAt"
  | "gatesGreenSince"
  | "autoAdvance"
>;

export interface StageDecision {
  canAdvance: boolean;
  action: StageAction;
  currentStage: { percentage: number; minSoakMinutes: number };
  nextStage: { percentage: number; minSoakMinutes: number } | null;
  soakRemainingMs: number;
  waitingFor: string[];
  /** Gates with no data over the whole window that staff may override with a reason (see stage-gates). */
  overridableGates: StageGateKey[];
}

export interface GateReadings {
  window: { from: string; to: string };
  canary: GateTile[];
  rest: GateTile[];
  /** Whether every canary gate is green right now. */
  isAllGreen: boolean;
  /**
   * Whether no canary gate is red (each green or without data): what the guard tracks in gates_green_since, so
   * a gate with no data does not hide how long the others have been green. It still holds the stage by itself.
   */
  isNoneRed: boolean;
}

export interface RolloutGateReport extends GateReadings {
  /** Only for a rollout inside a stage (active or paused). */
  decision: StageDecision | null;
}

/**
 * Reads the gates over the stage's observation window: since the stage began, at most GATE_WINDOW_HOURS (the
 * plan's 24-hour queries). Canary and rest side by side; the canary is what decides.
 */
export async function readRolloutGates(rollout: GateSubject, now: Date): Promise<GateReadings> {
  const windowStart = Math.max(
    now.getTime() - gateWindowMs(),
    rollout.stageEnteredAt?.getTime() ?? -Infinity,
  );
  // A stage entered this very millisecond still gets a (tiny) valid window.
  const from = new Date(Math.min(windowStart, now.getTime() - 1));
  const tiles = await readCohortGateTiles(rollout.flagName, from, now, stageGatesConfig());
  return {
    window: { from: from.toISOString(), to: now.toISOString() },
    canary: tiles.canary,
    rest: tiles.rest,
    isAllGreen: tiles.canary.every((tile) => tile.isGreen),
    isNoneRed: tiles.canary.every((tile) => tile.isGreen || tile.value === null || tile.sampleSize === 0),
  };
}

/**
 * Asks the pure `evaluateStageAdvance` whether the stage may advance. `gatesGreenSince` is the rollout's
 * "no gate red since" mark, maintained by the guard once a minute; it stands for each gate, so a gate
 * that flickers red restarts the clock for all — the cautious reading.
 */
export function decideStage(
  rollout: GateSubject,
  canary: readonly GateTile[],
  now: Date,
  gatesGreenSince: Date | null = rollout.gatesGreenSince,
): StageDecision | null {
  const stage = rollout.stages[rollout.currentStageIndex];
  const isInStage = rollout.status === "active" || rollout.status === "paused";
  if (!isInStage || stage === undefined || rollout.stageEnteredAt === null) return null;

  const gateValues: Partial<Record<StageGateKey, number | null>> = {};
  const greenSince: Partial<Record<StageGateKey, Date | null>> = {};
  for (const tile of canary) {
    gateValues[tile.key] = tile.value;
    greenSince[tile.key] = gatesGreenSince;
  }
  const result = evaluateStageAdvance({
    stage: Number(stage.percentage.toString()),
    enteredAt: rollout.stageEnteredAt,
    gateValues,
    gatesGreenSince: greenSince,
    now,
    autoAdvance: rollout.autoAdvance,
    stages: rollout.stages.map((s) => ({
      percentage: Number(s.percentage.toString()),
      minSoakMs: s.minSoakMinutes * 60_000,
    })),
    gates: stageGatesConfig(),
  });
  const toStage = (s: { percentage: number; minSoakMs: number }) => ({
    percentage: s.percentage,
    minSoakMinutes: s.minSoakMs / 60_000,
  });
  return {
    canAdvance: result.canAdvance,
    action: result.action,
    currentStage: toStage(result.currentStage),
    nextStage: result.nextStage === null ? null : toStage(result.nextStage),
    soakRemainingMs: result.soakRemainingMs,
    waitingFor: result.waitingFor,
    overridableGates: result.overridableGates,
  };
}

/** Gates plus decision, for the console and for approvals. */
export async function evaluateRolloutGates(rollout: GateSubject, now: Date): Promise<RolloutGateReport> {
  const readings = await readRolloutGates(rollout, now);
  return { ...readings, decision: decideStage(rollout, readings.canary, now) };
}
