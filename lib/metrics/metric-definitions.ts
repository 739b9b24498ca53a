/**
 * One definition per metric, shared by the point query and the time series so a chart and a tile can never
 * disagree. Each metric is a row source (rows in the window for a cohort, with a timestamp `ts`) and an
 * aggregate over those rows. Definitions follow the rollout plan's SQL (§1.3, Appendix B):
 *
 * - job_error_rate: failed × 100 / (completed + failed) over job_executions started in the window. Unlike the
 *   plan's `/ COUNT(*)`, runs still `running` (and `pending`/`cancelled` rows) are excluded from the
 *   denominator: an in-flight run is not a success yet, and counting it would dilute a live error spike.
 *   Rows are attempts (one per retry), as in the plan.
 * - p99_generation_latency: PERCENTILE_CONT(0.99) WITHIN GROUP (ORDER BY duration_ms) of completed
 *   WeeklyGeneration runs, in milliseconds.
 * - fatsecret_sync_success: completed × 100 / (completed + failed) of AutoSync runs.
 * - fatsecret_errors_per_minute: failed FatSecret API calls (rows of `fatsecret_api_errors`: HTTP errors
 *   including 429, timeouts, malformed answers, error codes in a 200 body) / window length in minutes. API
 *   errors, not failed runs: a run that rides out a 429 storm with backoff succeeds, yet the storm is what
 *   the guard's "> 20 errors/min → disable AutoSync" rule is about.
 * - email_delivery_success: (sent + delivered) × 100 / every e-mail that reached an outcome (not pending, not
 *   suppressed: a suppression is the opt-out working, not a delivery failure) created in the window. Staff
 *   e-mails (rollback alerts) are left out: they are not the users' e-mail, and one alert to a staff member
 *   would otherwise read as "everyone else: delivery 100 %".
 *
 * A run's person is its scheduled job's person (the plan's `job_id IN (SELECT id FROM scheduled_jobs WHERE
 * user_id IN …)`), falling back to the person the run itself recorded; the trigger that writes a row's
 * `cohort_flags` resolves that once, at write time (see metric-scope.ts).
 * Windows are (from, to], matching the plan's `started_at > NOW() - INTERVAL …`.
 */
import { Prisma } from "@/lib/db";
import { inCohort, type MetricScope } from "@/lib/metrics/metric-scope";

export const SQL_METRICS = [
  "job_error_rate",
  "p99_generation_latency",
  "fatsecret_sync_success",
  "fatsecret_errors_per_minute",
  "email_delivery_success",
] as const;
export type SqlMetric = (typeof SQL_METRICS)[number];

/** Templates addressed to staff, not to the people whose e-mail delivery the gate is about. */
export const STAFF_EMAIL_TEMPLATES = ["rollback-alert"] as const;

export interface MetricDefinition {
  label: string;
  unit: string;
  /** Rows of this metric for the scope with `ts` in (from, to]. */
  source(scope: MetricScope, from: Date, to: Date): Prisma.Sql;
  /** The metric over the rows of alias `s` (float8, NULL when there is nothing to measure). */
  value(minutes: number): Prisma.Sql;
  /** How many rows the value rests on (its denominator). */
  sampleSize: Prisma.Sql;
  /**
   * For metrics that add up across hours: the value's numerator over the rows of `s`, and the value from
   * summed numerators and sample sizes (the same arithmetic as `value`). A percentile does not add up.
   */
  additive?: {
    numerator: Prisma.Sql;
    combine(numerator: number, sampleSize: number, minutes: number): number | null;
  };
}

const percentOf = (numerator: number, sampleSize: number) =>
  sampleSize === 0 ? null : (numerator * 100) / sampleSize;

function jobRuns(scope: MetricScope, from: Date, to: Date, extra: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  return Prisma.sql`
    SELECT je.started_at AS ts, je.status::text AS status, je.duration_ms
    FROM job_executions je
    WHERE je.started_at > ${from} AND je.started_at <= ${to}
      AND ${extra}
      AND ${inCohort(scope, Prisma.sql`je.cohort_flags`)}`;
}

const FINISHED = Prisma.sql`COUNT(s.ts) FILTER (WHERE s.status IN ('completed', 'failed'))`;

export const METRIC_DEFINITIONS: Record<SqlMetric, MetricDefinition> = {
  job_error_rate: {
    label: "Job error rate",
    unit: "%",
    source: (scope, from, to) => jobRuns(scope, from, to),
    value: () =>
      Prisma.sql`(COUNT(s.ts) FILTER (WHERE s.status = 'failed') * 100.0 / NULLIF(${FINISHED}, 0))::float8`,
    sampleSize: FINISHED,
    additive: { numerator: Prisma.sql`COUNT(s.ts) FILTER (WHERE s.status = 'failed')`, combine: percentOf },
  },
  p99_generation_latency: {
    label: "P99 generation latency",
    unit: "ms",
    source: (scope, from, to) =>
      jobRuns(scope, from, to, Prisma.sql`je.job_type = 'WeeklyGeneration' AND je.status = 'completed'`),
    value: () => Prisma.sql`(PERCENTILE_CONT(0.99) WITHIN GROUP (ORDER BY s.duration_ms))::float8`,
    sampleSize: Prisma.sql`COUNT(s.duration_ms)`,
  },
  fatsecret_sync_success: {
    label: "FatSecret sync success",
    unit: "%",
    source: (scope, from, to) => jobRuns(scope, from, to, Prisma.sql`je.job_type = 'AutoSync'`),
    value: () =>
      Prisma.sql`(COUNT(s.ts) FILTER (WHERE s.status = 'completed') * 100.0 / NULLIF(${FINISHED}, 0))::float8`,
    sampleSize: FINISHED,
    additive: {
      numerator: Prisma.sql`COUNT(s.ts) FILTER (WHERE s.status = 'completed')`,
      combine: percentOf,
    },
  },
  fatsecret_errors_per_minute: {
    label: "FatSecret errors",
    unit: "errors/min",
    source: (scope, from, to) => Prisma.sql`
      SELECT fe.occurred_at AS ts, 'failed'::text AS status, NULL::int AS duration_ms
      FROM fatsecret_api_errors fe
      WHERE fe.occurred_at > ${from} AND fe.occurred_at <= ${to}
        AND ${inCohort(scope, Prisma.sql`fe.cohort_flags`)}`,
    value: (minutes) => Prisma.sql`(COUNT(s.ts) / ${minutes}::float8)::float8`,
    sampleSize: Prisma.sql`COUNT(s.ts)`,
    additive: {
      numerator: Prisma.sql`COUNT(s.ts)`,
      combine: (numerator, _size, minutes) => numerator / minutes,
    },
  },
  email_delivery_success: {
    label: "E-mail delivery success",
    unit: "%",
    source: (scope, from, to) => Prisma.sql`
      SELECT eo.created_at AS ts, eo.status::text AS status, NULL::int AS duration_ms
      FROM email_outbox eo
      WHERE eo.created_at > ${from} AND eo.created_at <= ${to}
        AND eo.template <> ALL(${[...STAFF_EMAIL_TEMPLATES]}::text[])
        AND ${inCohort(scope, Prisma.sql`eo.cohort_flags`)}`,
    value: () => Prisma.sql`(COUNT(s.ts) FILTER (WHERE s.status IN ('sent', 'delivered')) * 100.0
      / NULLIF(COUNT(s.ts) FILTER (WHERE s.status NOT IN ('pending', 'suppressed')), 0))::float8`,
    sampleSize: Prisma.sql`COUNT(s.ts) FILTER (WHERE s.status NOT IN ('pending', 'suppressed'))`,
    additive: {
      numerator: Prisma.sql`COUNT(s.ts) FILTER (WHERE s.status IN ('sent', 'delivered'))`,
      combine: percentOf,
    },
  },
};

/** The SQL for a metric's numerator over `s`, NULL for metrics that do not add up. */
export function numeratorSql(metric: SqlMetric): Prisma.Sql {
  const additive = METRIC_DEFINITIONS[metric].additive;
  return additive ? Prisma.sql`(${additive.numerator})::float8` : Prisma.sql`NULL::float8`;
}
