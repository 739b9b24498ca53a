/**
 * Rollout metrics computed from the application's own tables, with the rollout plan's definitions
 * (see metric-definitions.ts), per cohort of a flag: canary, everyone else, and all activity.
 */
export {
  METRIC_COHORTS,
  MetricScopeSchema,
  type MetricCohort,
  type MetricScope,
  type MetricWindow,
} from "@/lib/metrics/metric-scope";
export { METRIC_DEFINITIONS, SQL_METRICS, type SqlMetric } from "@/lib/metrics/metric-definitions";
export {
  getEmailDeliverySuccess,
  getFatSecretErrorsPerMinute,
  getFatSecretSyncSuccess,
  getJobErrorRate,
  getP99GenerationLatency,
  readMetric,
  type MetricReading,
} from "@/lib/metrics/read-metric";
export { readPoolUtilisation, type PoolUtilisationReading } from "@/lib/metrics/read-pool-utilisation";
export {
  getCohortComparison,
  type CohortComparison,
  type CohortComparisonInput,
  type CohortComparisonRow,
  type CohortValue,
} from "@/lib/metrics/get-cohort-comparison";
export {
  BUCKET_SECONDS,
  TIME_SERIES_METRICS,
  timeSeries,
  type TimeSeries,
  type TimeSeriesBucket,
  type TimeSeriesInput,
  type TimeSeriesMetric,
  type TimeSeriesPoint,
} from "@/lib/metrics/time-series";
export { countOutboxByStatus } from "@/lib/metrics/count-outbox-by-status";
