/**
 * Staged rollout gates (rollout plan §1.3 success criteria, §2.1 schedule).
 *
 * A stage may advance only when its soak time has elapsed AND every gate has been green without
 * interruption for that long within the stage. Green time from before the stage began does not
 * count: the point of a soak is to watch the system at the new percentage. A gate with no data is
 * not green — absence of evidence is not a pass. Staff (never auto-advance) may override gates that had no
 * data at all over the stage's window, with a reason, once everything else is met: `overridableGates`.
 *
 * Gate values are the caller's aggregates over the stage's observation window (the plan's
 * 24-hour queries); for pool utilisation pass the peak, since "never exhausted" is the criterion.
 */

const HOUR_MS = 3_600_000;

export const STAGE_GATE_KEYS = [
  "job_error_rate",
  "p99_generation_latency",
  "fatsecret_sync_success",
  "email_delivery_success",
  "db_pool_utilisation",
  "critical_bug_reports",
] as const;
export type StageGateKey = (typeof STAGE_GATE_KEYS)[number];

export type GateComparator = "<" | ">";

export interface StageGateConfig {
  label: string;
  unit: string;
  comparator: GateComparator;
  threshold: number;
}

export type StageGatesConfig = Record<StageGateKey, StageGateConfig>;

export const DEFAULT_STAGE_GATES: StageGatesConfig = {
  job_error_rate: { label: "Job error rate", unit: "%", comparator: "<", threshold: 1 },
  p99_generation_latency: { label: "P99 generation latency", unit: "s", comparator: "<", threshold: 30 },
  fatsecret_sync_success: { label: "FatSecret sync success", unit: "%", comparator: ">", threshold: 95 },
  email_delivery_success: { label: "E-mail delivery success", unit: "%", comparator: ">", threshold: 98 },
  db_pool_utilisation: { label: "DB connection pool utilisation", unit: "%", comparator: "<", threshold: 90 },
  // The plan's "no user-reported critical bugs in 24 hours": reports staff triaged critical, counted.
  critical_bug_reports: {
    label: "Critical bug reports (24 h)",
    unit: "reports",
    comparator: "<",
    threshold: 1,
  },
};

export interface RolloutStage {
  percentage: number;
  minSoakMs: number;
}

/** The plan's §2.1 table: 24 h canary, 12 h checkpoints at 25 % and 50 %, 24 h watch at 100 %. */
export const DEFAULT_ROLLOUT_STAGES: readonly RolloutStage[] = [
  { percentage: 5, minSoakMs: 24 * HOUR_MS },
  { percentage: 25, minSoakMs: 12 * HOUR_MS },
  { percentage: 50, minSoakMs: 12 * HOUR_MS },
  { percentage: 100, minSoakMs: 24 * HOUR_MS },
];

export interface GateStatus {
  key: StageGateKey;
  label: string;
  unit: string;
  value: number | null;
  threshold: number;
  comparator: GateComparator;
  isGreen: boolean;
  /** Uninterrupted green time inside the current stage; 0 when not green. */
  greenForMs: number;
}

/**
 * advance: move to the next stage now. await_approval: criteria met, an operator must confirm.
 * hold: criteria not met yet (see waitingFor). complete: last stage soaked with all gates green.
 */
export type StageAction = "advance" | "await_approval" | "hold" | "complete";

export interface StageAdvanceInput {
  /** Current rollout percentage; must be one of `stages`. */
  stage: number;
  enteredAt: Date;
  gateValues: Partial<Record<StageGateKey, number | null>>;
  /** Since when each gate has been continuously green (see `updateGreenSince`); null when it is not. */
  gatesGreenSince: Partial<Record<StageGateKey, Date | null>>;
  now: Date;
  autoAdvance: boolean;
  stages?: readonly RolloutStage[];
  gates?: StageGatesConfig;
}

export interface StageAdvanceDecision {
  canAdvance: boolean;
  action: StageAction;
  currentStage: RolloutStage;
  nextStage: RolloutStage | null;
  soakRemainingMs: number;
  /** Human-readable reasons the stage cannot advance (or complete) yet; empty when it can. */
  waitingFor: string[];
  gates: GateStatus[];
  /**
   * Gates staff may override with a reason: non-empty only when the sole reasons left are gates with no data
   * over the whole observation window (soak time passed, no gate red, the others green for the soak).
   */
  overridableGates: StageGateKey[];
}

export function isGateGreen(gate: StageGateConfig, value: number | null): boolean {
  if (value === null || !Number.isFinite(value)) return false;
  return gate.comparator === "<" ? value < gate.threshold : value > gate.threshold;
}

/** Maintains a gate's green-since timestamp across observations: kept while green, cleared when not. */
export function updateGreenSince(previous: Date | null, isGreen: boolean, now: Date): Date | null {
  if (!isGreen) return null;
  return previous ?? now;
}

function formatNumber(value: number): string {
  return String(Number(value.toFixed(2)));
}

function formatDuration(ms: number, rounding: "floor" | "ceil"): string {
  const minutes = Math.max(0, rounding === "floor" ? Math.floor(ms / 60_000) : Math.ceil(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export function evaluateStageAdvance(input: StageAdvanceInput): StageAdvanceDecision {
  const stages = input.stages ?? DEFAULT_ROLLOUT_STAGES;
  const gatesConfig = input.gates ?? DEFAULT_STAGE_GATES;
  const stageIndex = stages.findIndex((candidate) => candidate.percentage === input.stage);
  const currentStage = stages[stageIndex];
  if (currentStage === undefined) {
    throw new RangeError(`${input.stage} % is not a configured rollout stage`);
  }
  const nextStage = stages[stageIndex + 1] ?? null;

  const nowMs = input.now.getTime();
  const enteredMs = input.enteredAt.getTime();
  const soakMs = currentStage.minSoakMs;
  const soakRemainingMs = Math.max(0, soakMs - (nowMs - enteredMs));
  const waitingFor: string[] = [];
  const noDataGates: StageGateKey[] = [];

  if (soakRemainingMs > 0) {
    waitingFor.push(
      `Soak time: the ${currentStage.percentage} % stage has run ${formatDuration(nowMs - enteredMs, "floor")} ` +
        `of the required ${formatDuration(soakMs, "ceil")} (${formatDuration(soakRemainingMs, "ceil")} to go)`,
    );
  }

  const gates = STAGE_GATE_KEYS.map((key): GateStatus => {
    const gate = gatesConfig[key];
    const rawValue = input.gateValues[key] ?? null;
    const value = rawValue !== null && Number.isFinite(rawValue) ? rawValue : null;
    const isGreen = isGateGreen(gate, value);
    const requirement = `${gate.comparator} ${formatNumber(gate.threshold)} ${gate.unit}`;

    if (value === null) {
      noDataGates.push(key);
      waitingFor.push(`${gate.label}: no data yet`);
    } else if (!isGreen) {
      waitingFor.push(`${gate.label} is ${formatNumber(value)} ${gate.unit} (needs ${requirement})`);
    }

    let greenForMs = 0;
    if (isGreen) {
      // A missing timestamp means the caller has not seen it green before: count from now.
      const greenSinceMs = Math.min(input.gatesGreenSince[key]?.getTime() ?? nowMs, nowMs);
      const effectiveStartMs = Math.max(greenSinceMs, enteredMs);
      greenForMs = nowMs - effectiveStartMs;
      // Only worth saying when the gate went red during the stage; otherwise the soak line covers it.
      if (effectiveStartMs > enteredMs && greenForMs < soakMs) {
        waitingFor.push(
          `${gate.label}: green for ${formatDuration(greenForMs, "floor")} of the required ` +
            `${formatDuration(soakMs, "ceil")} without interruption (${formatDuration(soakMs - greenForMs, "ceil")} to go)`,
        );
      }
    }

    return {
      key,
      label: gate.label,
      unit: gate.unit,
      value,
      threshold: gate.threshold,
      comparator: gate.comparator,
      isGreen,
      greenForMs,
    };
  });

  const criteriaMet = waitingFor.length === 0;
  const canAdvance = criteriaMet && nextStage !== null;
  let action: StageAction;
  if (!criteriaMet) action = "hold";
  else if (nextStage === null) action = "complete";
  else action = input.autoAdvance ? "advance" : "await_approval";

  const hasOnlyNoDataReasons = noDataGates.length > 0 && waitingFor.length === noDataGates.length;
  const overridableGates = hasOnlyNoDataReasons ? noDataGates : [];

  return {
    canAdvance,
    action,
    currentStage,
    nextStage,
    soakRemainingMs,
    waitingFor,
    gates,
    overridableGates,
  };
}
