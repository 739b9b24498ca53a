import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { db, dbPool } from "@/lib/db";
import { countOutboxByStatus } from "@/lib/metrics/count-outbox-by-status";

/**
 * Prometheus metrics for `/api/metrics` (names from the rollout plan §4.3/§5.1; the README lists them).
 *
 * Multi-instance: every app instance exports only what it saw itself (its counters, histograms and its own
 * pg pool); Prometheus scrapes each instance and the queries sum across them. Nothing is summed in-process
 * across instances. The two gauges read from the shared database (`active_scheduled_jobs`,
 * `email_outbox_messages`) are the same on every instance, so queries take `max`, not `sum`, of them.
 *
 * The registry is kept on `globalThis`: Next.js may evaluate this module more than once in one process
 * (a bundle per route, dev reloads), and a second registry would split the counters between copies.
 */
function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  // prom-client names these gauges `_total`, which Prometheus reserves for counters (promtool check metrics
  // flags them); the process and heap metrics remain.
  for (const name of [
    "nodejs_active_handles_total",
    "nodejs_active_requests_total",
    "nodejs_active_resources_total",
  ])
    registry.removeSingleMetric(name);
  const registers = [registry];

  // Generation must stay under 30 s (plan gate) and 60 s (rollback trigger): buckets straddle both.
  const jobBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 45, 60, 120, 300, 600, 1800];
  // External APIs answer in well under a second; our clients time out at 10-30 s.
  const apiBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

  return {
    registry,
    jobExecutionsTotal: new Counter({
      name: "job_executions_total",
      help: "Finished job attempts by job type and status (a retried run counts each attempt)",
      labelNames: ["job_type", "status"] as const,
      registers,
    }),
    jobExecutionDurationSeconds: new Histogram({
      name: "job_execution_duration_seconds",
      help: "Wall time of a job run, from its first attempt's start to the end of its last attempt",
      labelNames: ["job_type"] as const,
      buckets: jobBuckets,
      registers,
    }),
    // The plan's `failed_job_retry_count`; a Prometheus counter carries the `_total` suffix.
    failedJobRetryCount: new Counter({
      name: "failed_job_retry_count_total",
      help: "Failed job attempts that Inngest will retry",
      labelNames: ["job_type"] as const,
      registers,
    }),
    mealPlanGenerationDurationSeconds: new Histogram({
      name: "meal_plan_generation_duration_seconds",
      help: "Time to plan and store one person's week (generatePlanForUser)",
      labelNames: ["status"] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60],
      registers,
    }),
    fatsecretApiCallDurationSeconds: new Histogram({
      name: "fatsecret_api_call_duration_seconds",
      help: "FatSecret API call latency by method (foods.search, food_entry.create…) and outcome (ok or the error reason)",
      labelNames: ["method", "outcome"] as const,
      buckets: apiBuckets,
      registers,
    }),
    fatsecretApiErrorsTotal: new Counter({
      name: "fatsecret_api_errors_total",
      help: "FatSecret API calls that failed (HTTP 429/4xx/5xx, timeout, network, malformed body, error code in a 200 body)",
      labelNames: ["method", "reason"] as const,
      registers,
    }),
    tandoorApiCallDurationSeconds: new Histogram({
      name: "tandoor_api_call_duration_seconds",
      help: "Tandoor API call latency by endpoint (list, detail) and outcome (ok, http_<status>, timeout, malformed)",
      labelNames: ["endpoint", "outcome"] as const,
      buckets: apiBuckets,
      registers,
    }),
    emailMessagesTotal: new Counter({
      name: "email_messages_total",
      help: "E-mail outcomes by template: sent, retry (retryable failure), failed (gave up), suppressed (opt-out)",
      labelNames: ["template", "status"] as const,
      registers,
    }),
    flagEvaluationsTotal: new Counter({
      name: "flag_evaluations_total",
      help: "Feature flag evaluations by flag and result",
      labelNames: ["flag", "enabled"] as const,
      registers,
    }),
    activeScheduledJobs: new Gauge({
      name: "active_scheduled_jobs",
      help: "Scheduled jobs that are pending or running (read from the shared database: take max across instances)",
      registers,
      async collect() {
        this.set(
          await db.scheduledJob.count({ where: { status: { in: ["pending", "running"] }, enabled: true } }),
        );
      },
    }),
    emailOutboxMessages: new Gauge({
      name: "email_outbox_messages",
      help: "E-mail outbox rows created in the last 24 hours, by status (read from the shared database: take max across instances)",
      labelNames: ["status"] as const,
      registers,
      async collect() {
        // A day through the outbox's created_at index: the whole table grows without bound.
        const rows = await countOutboxByStatus();
        this.reset();
        for (const row of rows) this.set({ status: row.status }, row.count);
      },
    }),
    dbConnectionPoolUtilizationPercent: new Gauge({
      name: "db_connection_pool_utilization_percent",
      help: "This instance's pg pool: connections checked out as a percentage of DATABASE_POOL_SIZE",
      registers,
      collect() {
        const max = dbPool.options.max ?? 10;
        this.set(((dbPool.totalCount - dbPool.idleCount) * 100) / max);
      },
    }),
    dbConnectionPoolConnections: new Gauge({
      name: "db_connection_pool_connections",
      help: "This instance's pg pool: connections by state (active = checked out, idle, waiting = queued callers)",
      labelNames: ["state"] as const,
      registers,
      collect() {
        this.set({ state: "active" }, dbPool.totalCount - dbPool.idleCount);
        this.set({ state: "idle" }, dbPool.idleCount);
        this.set({ state: "waiting" }, dbPool.waitingCount);
      },
    }),
  };
}

type AppMetrics = ReturnType<typeof createMetrics>;
const METRICS_KEY = Symbol.for("meal-planner.metrics");
const globalForMetrics = globalThis as unknown as { [METRICS_KEY]?: AppMetrics };
const metrics: AppMetrics = (globalForMetrics[METRICS_KEY] ??= createMetrics());

export const {
  registry,
  jobExecutionsTotal,
  jobExecutionDurationSeconds,
  failedJobRetryCount,
  mealPlanGenerationDurationSeconds,
  fatsecretApiCallDurationSeconds,
  fatsecretApiErrorsTotal,
  tandoorApiCallDurationSeconds,
  emailMessagesTotal,
  flagEvaluationsTotal,
  activeScheduledJobs,
  emailOutboxMessages,
  dbConnectionPoolUtilizationPercent,
  dbConnectionPoolConnections,
} = metrics;
