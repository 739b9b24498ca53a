import { db } from "@/lib/db";
import { STAGE_GATE_KEYS, isGateGreen, type StageGateKey, type StageGatesConfig } from "@/lib/rollouts/rules";
import { countCriticalReports } from "@/lib/feedback";
import { readMetric, readPoolUtilisation, type MetricCohort, type SqlMetric } from "@/lib/metrics";

export interface GateTile {
  key: StageGateKey;
  label: string;
  unit: string;
  comparator: "<" | ">";
  threshold: number;
  value: number | null;
  isGreen: boolean;
  /** Rows behind the value (0 means "no data yet", which is never green). */
  sampleSize: number;
}

const GATE_METRIC: Record<
  Exclude<StageGateKey, "db_pool_utilisation" | "critical_bug_reports">,
  SqlMetric
> = {
  job_error_rate: "job_error_rate",
  p99_generation_latency: "p99_generation_latency",
  fatsecret_sync_success: "fatsecret_sync_success",
  email_delivery_success: "email_delivery_success",
};

/**
 * Peak pool utilisation over the window: the gate's criterion is "never exhausted", so the worst guard sample
 * counts, and the current reading covers a window the guard has not sampled yet.
 */
async function peakPoolUtilisation(from: Date, to: Date): Promise<{ value: number; sampleSize: number }> {
  // The current reading goes first so the gate's own queries do not inflate it.
  const current = await readPoolUtilisation(to);
  const peak = await db.metricSample.aggregate({
    where: { metric: "db_pool_utilisation", cohort: "all", sampledAt: { gt: from, lte: to } },
    _max: { value: true },
    _count: { value: true },
  });
  return { value: Math.max(peak._max.value ?? 0, current.value), sampleSize: peak._count.value + 1 };
}

/** Critical reports over the last 24 hours, whatever the stage window: the plan's criterion is "in 24 hours". */
async function criticalBugReading(
  flagName: string,
  to: Date,
): Promise<{ value: number; sampleSize: number }> {
  const { critical, received } = await countCriticalReports(flagName, to);
  // A count of zero is a reading, not missing data: the gate is green with no reports at all.
  return { value: critical, sampleSize: received };
}

/** The stage gates of one cohort of a flag over (from, to]. */
export async function readGateTiles(
  flagName: string,
  cohort: Extract<MetricCohort, "canary" | "rest">,
  from: Date,
  to: Date,
  gates: StageGatesConfig,
  pool?: { value: number; sampleSize: number },
  bugs?: { value: number; sampleSize: number },
): Promise<GateTile[]> {
  const poolReading = pool ?? (await peakPoolUtilisation(from, to));
  const bugReading = bugs ?? (await criticalBugReading(flagName, to));
  const readings = await Promise.all(
    STAGE_GATE_KEYS.map(async (key) => {
      if (key === "db_pool_utilisation") return poolReading;
      if (key === "critical_bug_reports") return bugReading;
      return readMetric(GATE_METRIC[key], { cohort, flagName }, { from, to });
    }),
  );
  return STAGE_GATE_KEYS.map((key, i): GateTile => {
    const gate = gates[key];
    const reading = readings[i] ?? { value: null, sampleSize: 0 };
    return {
      key,
      label: gate.label,
      unit: gate.unit,
      comparator: gate.comparator,
      threshold: gate.threshold,
      value: reading.value,
      isGreen: isGateGreen(gate, reading.value),
      sampleSize: reading.sampleSize,
    };
  });
}

/** Canary and rest tiles over the same window, sharing one pool reading. */
export async function readCohortGateTiles(
  flagName: string,
  from: Date,
  to: Date,
  gates: StageGatesConfig,
): Promise<{ canary: GateTile[]; rest: GateTile[] }> {
  const pool = await peakPoolUtilisation(from, to);
  const bugs = await criticalBugReading(flagName, to);
  const [canary, rest] = await Promise.all([
    readGateTiles(flagName, "canary", from, to, gates, pool, bugs),
    readGateTiles(flagName, "rest", from, to, gates, pool, bugs),
  ]);
  return { canary, rest };
}
