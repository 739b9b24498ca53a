import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { db } from "@/lib/db";
import { countOutboxByStatus } from "@/lib/metrics/count-outbox-by-status";

/**
 * Prometheus metrics for `/api/metrics`. Counters and the histogram are per process (Prometheus sums
 * instances); gauges that describe the shared database are read from it at scrape time.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const jobExecutionsTotal = new Counter({
  name: "job_executions_total",
  help: "Finished job attempts by job type and status",
  labelNames: ["job_type", "status"] as const,
  registers: [registry],
});

export const jobExecutionDurationSeconds = new Histogram({
  name: "job_execution_duration_seconds",
  help: "Wall time of a job attempt",
  labelNames: ["job_type"] as const,
  // Generation must stay under 30 s (plan gate) and 60 s (rollback trigger): buckets straddle both.
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 45, 60, 120, 300],
  registers: [registry],
});

export const fatsecretApiErrorsTotal = new Counter({
  name: "fatsecret_api_errors_total",
  help: "FatSecret API calls that failed (HTTP 4xx/5xx, timeout, malformed body)",
  labelNames: ["reason"] as const,
  registers: [registry],
});

export const flagEvaluationsTotal = new Counter({
  name: "flag_evaluations_total",
  help: "Feature flag evaluations by flag and result",
  labelNames: ["flag", "enabled"] as const,
  registers: [registry],
});

new Gauge({
  name: "email_messages_total",
  help: "E-mail outbox rows created in the last 24 hours, by status (read from the database)",
  labelNames: ["status"] as const,
  registers: [registry],
  async collect() {
    const rows = await countOutboxByStatus();
    this.reset();
    for (const row of rows) this.set({ status: row.status }, row.count);
  },
});

new Gauge({
  name: "active_scheduled_jobs",
  help: "Scheduled jobs that are pending or running",
  registers: [registry],
  async collect() {
    this.set(
      await db.scheduledJob.count({ where: { status: { in: ["pending", "running"] }, enabled: true } }),
    );
  },
});

export const fatsecretApiCallDurationSeconds = new Histogram({
  name: "fatsecret_api_call_duration_seconds",
  help: "FatSecret API calls by method and outcome (ok, or the error reason)",
  labelNames: ["method", "outcome"] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
  registers: [registry],
});

export const tandoorApiCallDurationSeconds = new Histogram({
  name: "tandoor_api_call_duration_seconds",
  help: "Tandoor API calls by endpoint (list, detail) and outcome",
  labelNames: ["endpoint", "outcome"] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
  registers: [registry],
});
