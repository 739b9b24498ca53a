import { db } from "@/lib/db";
import type { SqlMetric } from "@/lib/metrics/metric-definitions";
import type { MetricScope } from "@/lib/metrics/metric-scope";

const HOUR_MS = 3_600_000;

/**
 * How long a stored hour is trusted. The source tables' triggers drop an hour when a row in it is written, so
 * this only bounds the one case they cannot see: a write that commits while the same hour is being computed.
 */
export const ROLLUP_TIME_TO_LIVE_MS = 6 * HOUR_MS;

/**
 * An hour is closed (and may be stored) once it ended this long ago: a little slack for clocks and for rows
 * stamped at the start of a transaction that commits later.
 */
export const ROLLUP_CLOSED_AFTER_MS = 60_000;

/** The table each metric is read from, which is what the invalidation triggers drop by. */
export const METRIC_SOURCE: Record<SqlMetric, "job_executions" | "email_outbox" | "fatsecret_api_errors"> = {
  job_error_rate: "job_executions",
  p99_generation_latency: "job_executions",
  fatsecret_sync_success: "job_executions",
  fatsecret_errors_per_minute: "fatsecret_api_errors",
  email_delivery_success: "email_outbox",
};

export interface HourValue {
  value: number | null;
  sampleSize: number;
  /** For metrics that add up across hours (see MetricDefinition.additive), else null. */
  numerator: number | null;
}

/** A window (from, to] as the closed hours that can be stored and the partial ends read from the rows. */
export interface WindowParts {
  /** Hours [start, start + 1 h) wholly inside the window and closed by `now`, oldest first. */
  hours: Date[];
  /** (from, first hour): rows before the first stored hour, or null when there are none to read. */
  head: { from: Date; to: Date } | null;
  /** [end of the last stored hour, to]: the rows after it, or null. */
  tail: { from: Date; to: Date } | null;
}

/** Splits (from, to] around its storable hours, or null when it has none (read it all from the rows). */
export function splitWindow(from: Date, to: Date, now: Date): WindowParts | null {
  const hours = storableHours(from, to, now);
  const first = hours[0];
  const last = hours.at(-1);
  if (first === undefined || last === undefined) return null;
  // Windows are (from, to] and timestamps have millisecond precision: (x - 1 ms, y - 1 ms] is [x, y).
  const beforeFirst = new Date(first.getTime() - 1);
  const beforeEnd = new Date(last.getTime() + HOUR_MS - 1);
  return {
    hours,
    head: from.getTime() < beforeFirst.getTime() ? { from, to: beforeFirst } : null,
    tail: beforeEnd.getTime() < to.getTime() ? { from: beforeEnd, to } : null,
  };
}

/** The hours [start, start + 1 h) lying wholly inside (from, to] that have closed by `now`. */
function storableHours(from: Date, to: Date, now: Date): Date[] {
  const hours: Date[] = [];
  // Hours align to the epoch, as the series' date_bin origin (2000-01-01T00:00Z) does.
  let start = Math.floor(from.getTime() / HOUR_MS) * HOUR_MS;
  if (start <= from.getTime()) start += HOUR_MS;
  const last = Math.min(to.getTime(), now.getTime() - ROLLUP_CLOSED_AFTER_MS);
  for (; start + HOUR_MS <= last; start += HOUR_MS) hours.push(new Date(start));
  return hours;
}

/**
 * One metric's value for each of `hours`, from stored rows where they are fresh; the rest are computed with
 * `computeHours` (given the hours missing, it returns their values) and stored for the next view.
 */
export async function readHourlyRollups(
  metric: SqlMetric,
  scope: MetricScope,
  hours: Date[],
  computeHours: (missing: Date[]) => Promise<Map<number, HourValue>>,
): Promise<Map<number, HourValue>> {
  const result = new Map<number, HourValue>();
  if (hours.length === 0) return result;
  const flagName = scope.flagName ?? "";
  const stored = await db.metricHourlyRollup.findMany({
    where: {
      metric,
      flagName,
      cohort: scope.cohort,
      hourStart: { in: hours },
      computedAt: { gt: new Date(Date.now() - ROLLUP_TIME_TO_LIVE_MS) },
    },
    select: { hourStart: true, value: true, sampleSize: true, numerator: true },
  });
  for (const row of stored) {
    result.set(row.hourStart.getTime(), {
      value: row.value,
      sampleSize: row.sampleSize,
      numerator: row.numerator,
    });
  }
  const missing = hours.filter((hour) => !result.has(hour.getTime()));
  if (missing.length === 0) return result;

  const computed = await computeHours(missing);
  const rows = missing.map((hour) => ({
    hourStart: hour,
    ...(computed.get(hour.getTime()) ?? { value: null, sampleSize: 0, numerator: null }),
  }));
  for (const { hourStart, ...value } of rows) result.set(hourStart.getTime(), value);
  const source = METRIC_SOURCE[metric];
  await db.$executeRaw`
    INSERT INTO metric_hourly_rollups
      (metric, source, flag_name, cohort, hour_start, value, sample_size, numerator, computed_at)
    SELECT ${metric}, ${source}, ${flagName}, ${scope.cohort}, r.hour_start, r.value, r.sample_size, r.numerator,
           now()
    FROM unnest(${rows.map((r) => r.hourStart)}::timestamptz[], ${rows.map((r) => r.value)}::float8[],
                ${rows.map((r) => r.sampleSize)}::int[], ${rows.map((r) => r.numerator)}::float8[])
      AS r(hour_start, value, sample_size, numerator)
    ON CONFLICT (metric, flag_name, cohort, hour_start)
    DO UPDATE SET value = EXCLUDED.value, sample_size = EXCLUDED.sample_size, numerator = EXCLUDED.numerator,
                  computed_at = EXCLUDED.computed_at`;
  return result;
}
