import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import { parseInput } from "@/lib/flags/server";
import {
  METRIC_DEFINITIONS,
  SQL_METRICS,
  numeratorSql,
  type SqlMetric,
} from "@/lib/metrics/metric-definitions";
import { readHourlyRollups, splitWindow, type HourValue } from "@/lib/metrics/hourly-rollups";
import { METRIC_COHORTS, type MetricCohort } from "@/lib/metrics/metric-scope";

export const TIME_SERIES_METRICS = [...SQL_METRICS, "db_pool_utilisation"] as const;
export type TimeSeriesMetric = (typeof TIME_SERIES_METRICS)[number];

export const BUCKET_SECONDS = { "1m": 60, "5m": 300, "15m": 900, "1h": 3_600 } as const;
export type TimeSeriesBucket = keyof typeof BUCKET_SECONDS;

const MAX_BUCKETS = 2_000;

export const TimeSeriesInputSchema = z
  .object({
    metric: z.enum(TIME_SERIES_METRICS),
    cohort: z.enum(METRIC_COHORTS),
    flagName: z.string().min(1).optional(),
    from: z.date(),
    to: z.date(),
    bucket: z.enum(["1m", "5m", "15m", "1h"]).default("15m"),
  })
  .refine((input) => input.from.getTime() < input.to.getTime(), {
    message: "the window must start before it ends",
  })
  .refine((input) => input.cohort === "all" || input.flagName !== undefined, {
    message: "the canary and rest cohorts are defined by a flag: give flagName",
  })
  .refine(
    (input) =>
      (input.to.getTime() - input.from.getTime()) / 1000 / BUCKET_SECONDS[input.bucket] <= MAX_BUCKETS,
    { message: `a series has at most ${MAX_BUCKETS} buckets: choose a wider bucket` },
  );
export type TimeSeriesInput = z.input<typeof TimeSeriesInputSchema>;

export interface TimeSeriesPoint {
  /** Start of the bucket, ISO. */
  at: string;
  value: number | null;
  sampleSize: number;
}

export interface TimeSeries {
  metric: TimeSeriesMetric;
  cohort: MetricCohort;
  flagName: string | null;
  bucket: TimeSeriesBucket;
  bucketSeconds: number;
  from: string;
  to: string;
  points: TimeSeriesPoint[];
}

// Buckets align to the wall clock (:00, :15, …) whatever the window, so charts drawn a minute apart line up.
const ORIGIN = new Date("2000-01-01T00:00:00Z");

/**
 * A metric per bucket over (from, to], every bucket present (null where nothing happened), for the console's
 * 24-hour charts. SQL metrics use exactly the point definitions (lib/metrics/metric-definitions.ts) per
 * bucket; per-minute rates divide by the bucket length. Pool utilisation has no history in Postgres, so its
 * series is the peak of the guard's stored samples per bucket (always system-wide).
 */
export async function timeSeries(input: TimeSeriesInput, now = new Date()): Promise<TimeSeries> {
  const { metric, cohort, flagName, from, to, bucket } = parseInput(TimeSeriesInputSchema, input);
  const bucketSeconds = BUCKET_SECONDS[bucket];
  const heading = {
    metric,
    cohort,
    flagName: flagName ?? null,
    bucket,
    bucketSeconds,
    from: from.toISOString(),
    to: to.toISOString(),
  };
  if (metric === "db_pool_utilisation") {
    return { ...heading, points: await poolSeries(from, to, bucketSeconds) };
  }
  const scope = { cohort, flagName };
  const parts = bucket === "1h" ? splitWindow(from, to, now) : null;
  if (parts === null) {
    return { ...heading, points: (await sqlSeries(metric, scope, from, to, bucketSeconds)).map(toPoint) };
  }

  // Closed hours come from the roll-up table (computed once, then kept); the partial hour at each end of the
  // window, including the hour still running, is read live.
  const hourSet = new Set(parts.hours.map((hour) => hour.getTime()));
  const live = (range: { from: Date; to: Date } | null) =>
    range === null ? Promise.resolve([]) : sqlSeries(metric, scope, range.from, range.to, bucketSeconds);
  const [stored, head, tail] = await Promise.all([
    storedHourValues(metric, scope, parts.hours),
    live(parts.head),
    live(parts.tail),
  ]);
  const points = new Map<number, TimeSeriesPoint>();
  for (const bucketValue of [...head, ...tail]) {
    const at = Date.parse(bucketValue.at);
    if (!hourSet.has(at)) points.set(at, toPoint(bucketValue));
  }
  for (const [at, value] of stored) points.set(at, toPoint({ at: new Date(at).toISOString(), ...value }));
  return { ...heading, points: [...points.values()].sort((a, b) => a.at.localeCompare(b.at)) };
}

const HOUR_MS = 3_600_000;
const justBefore = (date: Date) => new Date(date.getTime() - 1);

/** A metric's value in each of these closed hours: stored ones read, missing ones computed once and stored. */
export function storedHourValues(
  metric: SqlMetric,
  scope: { cohort: MetricCohort; flagName?: string },
  hours: Date[],
): Promise<Map<number, HourValue>> {
  return readHourlyRollups(metric, scope, hours, async (missing) => {
    const start = missing[0];
    const lastMissing = missing.at(-1);
    if (start === undefined || lastMissing === undefined) return new Map();
    const end = new Date(lastMissing.getTime() + HOUR_MS);
    const buckets = await sqlSeries(metric, scope, justBefore(start), justBefore(end), HOUR_MS / 1000);
    return new Map(buckets.map(({ at, ...value }) => [Date.parse(at), value]));
  });
}

function bucketsSql(from: Date, to: Date, stride: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT generate_series(
      date_bin(${stride}, ${from}::timestamptz, ${ORIGIN}::timestamptz),
      date_bin(${stride}, ${to}::timestamptz - interval '1 millisecond', ${ORIGIN}::timestamptz),
      ${stride}) AS bucket_start`;
}

interface SeriesRow {
  bucket_start: Date;
  value: number | null;
  sample_size: number;
  numerator?: number | null;
}

type BucketValue = { at: string } & HourValue;

/** The chart's point: the numerator stays inside (it is for adding hours up). */
const toPoint = ({ at, value, sampleSize }: BucketValue): TimeSeriesPoint => ({ at, value, sampleSize });

const toBucketValues = (rows: SeriesRow[]): BucketValue[] =>
  rows.map((row) => ({
    at: row.bucket_start.toISOString(),
    value: row.value,
    sampleSize: row.sample_size,
    numerator: row.numerator ?? null,
  }));

async function poolSeries(from: Date, to: Date, bucketSeconds: number): Promise<TimeSeriesPoint[]> {
  const stride = Prisma.sql`make_interval(secs => ${bucketSeconds}::float8)`;
  return toBucketValues(
    await db.$queryRaw<SeriesRow[]>(Prisma.sql`
      SELECT b.bucket_start, MAX(ms.value)::float8 AS value, COUNT(ms.value)::int AS sample_size
      FROM (${bucketsSql(from, to, stride)}) b
      LEFT JOIN rollout_metric_samples ms
        ON ms.metric = 'db_pool_utilisation' AND ms.cohort = 'all'
       AND ms.sampled_at > ${from} AND ms.sampled_at <= ${to}
       AND date_bin(${stride}, ms.sampled_at, ${ORIGIN}::timestamptz) = b.bucket_start
      GROUP BY b.bucket_start ORDER BY b.bucket_start`),
  ).map(toPoint);
}

/** A SQL metric per bucket over (from, to], straight from its source rows. */
async function sqlSeries(
  metric: SqlMetric,
  scope: { cohort: MetricCohort; flagName?: string },
  from: Date,
  to: Date,
  bucketSeconds: number,
): Promise<BucketValue[]> {
  const stride = Prisma.sql`make_interval(secs => ${bucketSeconds}::float8)`;
  return toBucketValues(
    await db.$queryRaw<SeriesRow[]>(
      sqlMetricSeries(metric, scope, from, to, bucketsSql(from, to, stride), stride, bucketSeconds),
    ),
  );
}

function sqlMetricSeries(
  metric: SqlMetric,
  scope: { cohort: MetricCohort; flagName?: string },
  from: Date,
  to: Date,
  buckets: Prisma.Sql,
  stride: Prisma.Sql,
  bucketSeconds: number,
): Prisma.Sql {
  const definition = METRIC_DEFINITIONS[metric];
  return Prisma.sql`
    SELECT b.bucket_start, ${definition.value(bucketSeconds / 60)} AS value,
      (${definition.sampleSize})::int AS sample_size, ${numeratorSql(metric)} AS numerator
    FROM (${buckets}) b
    LEFT JOIN (
      SELECT date_bin(${stride}, src.ts, ${ORIGIN}::timestamptz) AS bucket_start, src.*
      FROM (${definition.source(scope, from, to)}) src
    ) s ON s.bucket_start = b.bucket_start
    GROUP BY b.bucket_start ORDER BY b.bucket_start`;
}
