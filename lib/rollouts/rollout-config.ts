/**
 * Thresholds, windows and stages from the environment (lib/env.ts), in the shapes the pure rules in
 * lib/flags expect. Latencies are milliseconds throughout, as job_executions.duration_ms stores them.
 */
import { env } from "@/lib/env";
import {
  DEFAULT_GUARD_RULES,
  DEFAULT_ROLLOUT_STAGES,
  DEFAULT_STAGE_GATES,
  type GuardRuleKey,
  type GuardRulesConfig,
  type RolloutStage,
  type StageGatesConfig,
} from "@/lib/rollouts/rules";
import type { SqlMetric } from "@/lib/metrics";

export function guardRulesConfig(): GuardRulesConfig {
  return {
    job_error_rate: {
      ...DEFAULT_GUARD_RULES.job_error_rate,
      threshold: env.GUARD_ERROR_RATE_PCT,
      windowMs: env.GUARD_ERROR_RATE_WINDOW_SECONDS * 1000,
    },
    p99_latency: {
      ...DEFAULT_GUARD_RULES.p99_latency,
      unit: "ms",
      threshold: env.GUARD_P99_MS,
      windowMs: env.GUARD_P99_WINDOW_SECONDS * 1000,
    },
    fatsecret_errors: {
      ...DEFAULT_GUARD_RULES.fatsecret_errors,
      threshold: env.GUARD_FATSECRET_ERRORS_PER_MIN,
      windowMs: env.GUARD_FATSECRET_WINDOW_SECONDS * 1000,
    },
    db_pool_utilisation: {
      ...DEFAULT_GUARD_RULES.db_pool_utilisation,
      threshold: env.GUARD_POOL_PCT,
      windowMs: env.GUARD_POOL_WINDOW_SECONDS * 1000,
    },
  };
}

export type GuardMetric = SqlMetric | "db_pool_utilisation";

/** The metric each guard rule watches; samples are stored under the metric name. */
export const GUARD_RULE_METRIC: Record<GuardRuleKey, GuardMetric> = {
  job_error_rate: "job_error_rate",
  p99_latency: "p99_generation_latency",
  fatsecret_errors: "fatsecret_errors_per_minute",
  db_pool_utilisation: "db_pool_utilisation",
};

/** Rules judged on a flag's canary (they roll that flag back); the others are system-wide. */
export const CANARY_RULES: readonly GuardRuleKey[] = ["job_error_rate", "p99_latency"];
export const SYSTEM_RULES: readonly GuardRuleKey[] = ["fatsecret_errors", "db_pool_utilisation"];

export interface GuardTiming {
  sampleMs: number;
  maxSampleGapMs: number;
  retentionMs: number;
}

export function guardTiming(): GuardTiming {
  return {
    sampleMs: env.GUARD_SAMPLE_SECONDS * 1000,
    maxSampleGapMs: env.GUARD_MAX_SAMPLE_GAP_SECONDS * 1000,
    retentionMs: env.GUARD_SAMPLE_RETENTION_DAYS * 86_400_000,
  };
}

export function stageGatesConfig(): StageGatesConfig {
  return {
    job_error_rate: { ...DEFAULT_STAGE_GATES.job_error_rate, threshold: env.GATE_ERROR_RATE_PCT },
    p99_generation_latency: {
      ...DEFAULT_STAGE_GATES.p99_generation_latency,
      unit: "ms",
      threshold: env.GATE_P99_MS,
    },
    fatsecret_sync_success: {
      ...DEFAULT_STAGE_GATES.fatsecret_sync_success,
      threshold: env.GATE_FATSECRET_SUCCESS_PCT,
    },
    email_delivery_success: {
      ...DEFAULT_STAGE_GATES.email_delivery_success,
      threshold: env.GATE_EMAIL_DELIVERY_PCT,
    },
    db_pool_utilisation: { ...DEFAULT_STAGE_GATES.db_pool_utilisation, threshold: env.GATE_POOL_PCT },
    critical_bug_reports: DEFAULT_STAGE_GATES.critical_bug_reports,
  };
}

export function gateWindowMs(): number {
  return env.GATE_WINDOW_HOURS * 3_600_000;
}

/** ROLLOUT_STAGES ("5:1440,25:720,…", percentage:soakMinutes) or the plan's §2.1 schedule. */
export function defaultRolloutStages(): RolloutStage[] {
  if (env.ROLLOUT_STAGES === undefined) return DEFAULT_ROLLOUT_STAGES.map((stage) => ({ ...stage }));
  return env.ROLLOUT_STAGES.split(",").map((pair) => {
    const [percentage, minutes] = pair.trim().split(":");
    return { percentage: Number(percentage), minSoakMs: Number(minutes) * 60_000 };
  });
}
