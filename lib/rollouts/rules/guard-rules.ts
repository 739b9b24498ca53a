/**
 * Automatic rollback triggers from the rollout plan (§1.4, §6.1), evaluated over metric samples.
 *
 * "Sustained" follows Prometheus `for:` semantics, which the plan's alert rules use: a rule trips
 * only when every sample from the start of the current breach to the latest sample is over the
 * threshold, consecutive samples are no more than `maxSampleGapMs` apart, and the first breaching
 * sample is at least `windowMs` older than the latest one. The span is measured between samples,
 * not up to `now`, so evaluating between scrapes cannot stretch a spike that may already be over:
 * with per-minute samples a 2-minute rule needs three breaching samples in a row, and a 90-second
 * spike (at most two samples) never trips it. A null value means no data and breaks the run, as
 * does a sample older than `maxSampleGapMs` at `now` (the series went stale: no data, no action).
 */

export type GuardAction = "rollback" | "disable_autosync" | "pause_scheduler" | "mark_unhealthy";
export const GUARD_RULE_KEYS = [
  "job_error_rate",
  "p99_latency",
  "fatsecret_errors",
  "db_pool_utilisation",
] as const;
export type GuardRuleKey = (typeof GUARD_RULE_KEYS)[number];

export interface GuardRuleConfig {
  label: string;
  unit: string;
  /** Breach when the value is strictly greater than this. */
  threshold: number;
  windowMs: number;
  action: GuardAction;
}

export type GuardRulesConfig = Record<GuardRuleKey, GuardRuleConfig>;

export interface MetricSample {
  at: Date;
  value: number | null;
}

/** One series per rule; a missing series reads as no data. */
export type GuardMetricSeries = Partial<Record<GuardRuleKey, readonly MetricSample[]>>;

export interface GuardRuleResult<K extends string = GuardRuleKey> {
  rule: K;
  action: GuardAction;
  tripped: boolean;
  /** Epoch ms of the first sample of the ongoing breach, or null when the latest sample is not breaching. */
  breachingSinceMs: number | null;
  latestValue: number | null;
  threshold: number;
  windowMs: number;
}

const MINUTE_MS = 60_000;

/** Thresholds and windows from the plan's §6.1 table; the app overrides them from the environment. */
export const DEFAULT_GUARD_RULES: GuardRulesConfig = {
  job_error_rate: {
    label: "Job error rate",
    unit: "%",
    threshold: 5,
    windowMs: 2 * MINUTE_MS,
    action: "rollback",
  },
  p99_latency: {
    label: "P99 generation latency",
    unit: "s",
    threshold: 60,
    windowMs: 5 * MINUTE_MS,
    action: "rollback",
  },
  fatsecret_errors: {
    label: "FatSecret API errors",
    unit: "errors/min",
    threshold: 20,
    windowMs: 1 * MINUTE_MS,
    action: "disable_autosync",
  },
  db_pool_utilisation: {
    label: "DB connection pool utilisation",
    unit: "%",
    threshold: 90,
    windowMs: 2 * MINUTE_MS,
    action: "pause_scheduler",
  },
};

/**
 * The plan's fifth rule: memory over 90 % for 3 minutes marks the instance unhealthy. Memory belongs to one
 * instance, so each instance judges its own readings (lib/health) instead of the cluster-wide guard cron.
 */
export const DEFAULT_MEMORY_RULE: GuardRuleConfig = {
  label: "Memory utilisation",
  unit: "%",
  threshold: 90,
  windowMs: 3 * MINUTE_MS,
  action: "mark_unhealthy",
};

/** 1.5 × the per-minute scrape interval: tolerates jitter, but one missed scrape breaks the run. */
export const DEFAULT_MAX_SAMPLE_GAP_MS = 90_000;

function usableValue(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

/** Evaluates one rule against its samples (any order; samples after `now` are ignored). */
export function evaluateGuardRule<K extends string = GuardRuleKey>(
  key: K,
  rule: GuardRuleConfig,
  samples: readonly MetricSample[],
  now: Date,
  maxSampleGapMs: number = DEFAULT_MAX_SAMPLE_GAP_MS,
): GuardRuleResult<K> {
  const nowMs = now.getTime();
  const ordered = samples
    .map((sample) => ({ atMs: sample.at.getTime(), value: usableValue(sample.value) }))
    .filter((sample) => sample.atMs <= nowMs)
    .sort((a, b) => a.atMs - b.atMs);

  const base = { rule: key, action: rule.action, threshold: rule.threshold, windowMs: rule.windowMs };
  const latest = ordered.at(-1);
  if (latest === undefined) return { ...base, tripped: false, breachingSinceMs: null, latestValue: null };

  const isBreach = (value: number | null): boolean => value !== null && value > rule.threshold;
  const isFresh = nowMs - latest.atMs <= maxSampleGapMs;
  if (!isFresh || !isBreach(latest.value)) {
    return { ...base, tripped: false, breachingSinceMs: null, latestValue: latest.value };
  }

  let runStartMs = latest.atMs;
  for (let i = ordered.length - 2; i >= 0; i--) {
    const sample = ordered[i];
    if (sample === undefined || !isBreach(sample.value) || runStartMs - sample.atMs > maxSampleGapMs) break;
    runStartMs = sample.atMs;
  }

  return {
    ...base,
    tripped: latest.atMs - runStartMs >= rule.windowMs,
    breachingSinceMs: runStartMs,
    latestValue: latest.value,
  };
}

/** Evaluates every rule, in `GUARD_RULE_KEYS` order. */
export function evaluateGuardRules(
  series: GuardMetricSeries,
  now: Date,
  config: GuardRulesConfig = DEFAULT_GUARD_RULES,
  maxSampleGapMs: number = DEFAULT_MAX_SAMPLE_GAP_MS,
): GuardRuleResult[] {
  return GUARD_RULE_KEYS.map((key) =>
    evaluateGuardRule(key, config[key], series[key] ?? [], now, maxSampleGapMs),
  );
}

/** The distinct actions demanded by tripped rules, most drastic first. */
export function trippedActions(results: readonly GuardRuleResult[]): GuardAction[] {
  const order: readonly GuardAction[] = ["rollback", "pause_scheduler", "disable_autosync"];
  return order.filter((action) => results.some((result) => result.tripped && result.action === action));
}
