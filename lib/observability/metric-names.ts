/**
 * The app's own metric families on /api/metrics (prom-client's process/Node metrics come on top). Pure, so
 * the dashboard and alert checks can import it; a test checks the registry exports exactly these.
 */
export const APP_METRIC_FAMILIES = [
  "job_executions_total",
  "job_execution_duration_seconds",
  "failed_job_retry_count_total",
  "meal_plan_generation_duration_seconds",
  "fatsecret_api_call_duration_seconds",
  "fatsecret_api_errors_total",
  "tandoor_api_call_duration_seconds",
  "email_messages_total",
  "flag_evaluations_total",
  "active_scheduled_jobs",
  "email_outbox_messages",
  "db_connection_pool_utilization_percent",
  "db_connection_pool_connections",
] as const;

/** The series names a family's samples may carry (histograms add `_bucket`, `_count`, `_sum`). */
export function seriesNamesOf(family: string): string[] {
  return [family, `${family}_bucket`, `${family}_count`, `${family}_sum`];
}
