import { db, Prisma } from "@/lib/db";
import { METRIC_DEFINITIONS, type SqlMetric } from "@/lib/metrics/metric-definitions";
import {
  MetricScopeSchema,
  MetricWindowSchema,
  type MetricCohort,
  type MetricScope,
  type MetricWindow,
} from "@/lib/metrics/metric-scope";
import { parseInput } from "@/lib/flags/server";

export interface MetricReading {
  metric: SqlMetric;
  cohort: MetricCohort;
  /** null when nothing in the window could be measured (no runs, no e-mails). */
  value: number | null;
  /** Rows the value rests on: its denominator (finished runs, completed generations, settled e-mails). */
  sampleSize: number;
  from: string;
  to: string;
}

/** One metric for one cohort over (from, to]. */
export async function readMetric(
  metric: SqlMetric,
  scopeInput: MetricScope,
  windowInput: MetricWindow,
): Promise<MetricReading> {
  const scope = parseInput(MetricScopeSchema, scopeInput);
  const { from, to } = parseInput(MetricWindowSchema, windowInput);
  const definition = METRIC_DEFINITIONS[metric];
  const minutes = (to.getTime() - from.getTime()) / 60_000;
  const rows = await db.$queryRaw<{ value: number | null; sample_size: number }[]>(Prisma.sql`
    SELECT ${definition.value(minutes)} AS value, (${definition.sampleSize})::int AS sample_size
    FROM (${definition.source(scope, from, to)}) s`);
  const row = rows[0];
  return {
    metric,
    cohort: scope.cohort,
    value: row?.value ?? null,
    sampleSize: row?.sample_size ?? 0,
    from: from.toISOString(),
    to: to.toISOString(),
  };
}

export const getJobErrorRate = (scope: MetricScope, window: MetricWindow) =>
  readMetric("job_error_rate", scope, window);
export const getP99GenerationLatency = (scope: MetricScope, window: MetricWindow) =>
  readMetric("p99_generation_latency", scope, window);
export const getFatSecretSyncSuccess = (scope: MetricScope, window: MetricWindow) =>
  readMetric("fatsecret_sync_success", scope, window);
export const getFatSecretErrorsPerMinute = (scope: MetricScope, window: MetricWindow) =>
  readMetric("fatsecret_errors_per_minute", scope, window);
export const getEmailDeliverySuccess = (scope: MetricScope, window: MetricWindow) =>
  readMetric("email_delivery_success", scope, window);
