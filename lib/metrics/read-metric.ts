import { db, Prisma } from "@/lib/db";
import { METRIC_DEFINITIONS, numeratorSql, type SqlMetric } from "@/lib/metrics/metric-definitions";
import { splitWindow } from "@/lib/metrics/hourly-rollups";
import { storedHourValues } from "@/lib/metrics/time-series";
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

interface Reading {
  value: number | null;
  sampleSize: number;
  numerator: number | null;
}

/** The metric straight from its source rows over (from, to]. */
async function readLive(metric: SqlMetric, scope: MetricScope, from: Date, to: Date): Promise<Reading> {
  const definition = METRIC_DEFINITIONS[metric];
  const minutes = (to.getTime() - from.getTime()) / 60_000;
  const rows = await db.$queryRaw<{ value: number | null; sample_size: number; numerator: number | null }[]>(
    Prisma.sql`
      SELECT ${definition.value(minutes)} AS value, (${definition.sampleSize})::int AS sample_size,
             ${numeratorSql(metric)} AS numerator
      FROM (${definition.source(scope, from, to)}) s`,
  );
  const row = rows[0];
  return { value: row?.value ?? null, sampleSize: row?.sample_size ?? 0, numerator: row?.numerator ?? null };
}

/**
 * One metric for one cohort over (from, to]. A metric that adds up across hours reads the closed hours
 * inside the window from the stored roll-ups (the charts' hours, lib/metrics/hourly-rollups.ts) and only the
 * partial hours at either end from the rows, so a gate over a day costs what two hours do. A percentile
 * (p99 latency) does not add up and is always read from the rows.
 */
export async function readMetric(
  metric: SqlMetric,
  scopeInput: MetricScope,
  windowInput: MetricWindow,
  now: Date = new Date(),
): Promise<MetricReading> {
  const scope = parseInput(MetricScopeSchema, scopeInput);
  const { from, to } = parseInput(MetricWindowSchema, windowInput);
  const additive = METRIC_DEFINITIONS[metric].additive;
  const parts = additive ? splitWindow(from, to, now) : null;
  let reading: Reading;
  if (additive === undefined || parts === null) {
    reading = await readLive(metric, scope, from, to);
  } else {
    const nothing: Reading = { value: null, sampleSize: 0, numerator: 0 };
    const live = (range: { from: Date; to: Date } | null) =>
      range === null ? Promise.resolve(nothing) : readLive(metric, scope, range.from, range.to);
    const [stored, head, tail] = await Promise.all([
      storedHourValues(metric, scope, parts.hours),
      live(parts.head),
      live(parts.tail),
    ]);
    const all = [head, tail, ...stored.values()];
    const numerator = all.reduce((sum, part) => sum + (part.numerator ?? 0), 0);
    const sampleSize = all.reduce((sum, part) => sum + part.sampleSize, 0);
    const minutes = (to.getTime() - from.getTime()) / 60_000;
    reading = { value: additive.combine(numerator, sampleSize, minutes), sampleSize, numerator };
  }
  return {
    metric,
    cohort: scope.cohort,
    value: reading.value,
    sampleSize: reading.sampleSize,
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
