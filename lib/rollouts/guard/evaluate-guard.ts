import { db } from "@/lib/db";
import {
  evaluateGuardRule,
  type GuardAction,
  type GuardRuleKey,
  type MetricSample as GuardSeriesPoint,
} from "@/lib/rollouts/rules";
import {
  CANARY_RULES,
  GUARD_RULE_METRIC,
  guardRulesConfig,
  guardTiming,
  SYSTEM_RULES,
} from "@/lib/rollouts/rollout-config";
import { LIVE_ROLLOUT_STATUSES } from "@/lib/rollouts/rollout-view";

export interface GuardRuleOutcome {
  /** The flag whose canary the rule watched; null for system-wide rules. */
  flagName: string | null;
  rule: GuardRuleKey;
  metric: string;
  label: string;
  unit: string;
  action: GuardAction;
  tripped: boolean;
  latestValue: number | null;
  threshold: number;
  windowSeconds: number;
  breachingSince: string | null;
}

export interface GuardEvaluation {
  evaluatedAt: string;
  results: GuardRuleOutcome[];
  trips: GuardRuleOutcome[];
}

/**
 * Judges the stored samples with the pure `evaluateGuardRule` (sustained-breach semantics: every sample over
 * the threshold, no gap wider than GUARD_MAX_SAMPLE_GAP_SECONDS, spanning the rule's window). The rollback
 * rules read each live rollout's canary series, counted from the rollout's start so a previous rollout's
 * breach cannot carry over; FatSecret errors and pool utilisation read the system-wide series.
 */
export async function evaluateGuard(options: { now?: Date } = {}): Promise<GuardEvaluation> {
  const now = options.now ?? new Date();
  const rules = guardRulesConfig();
  const timing = guardTiming();
  const longestWindowMs = Math.max(...Object.values(rules).map((rule) => rule.windowMs));
  const since = new Date(now.getTime() - longestWindowMs - 2 * timing.maxSampleGapMs);

  const [rollouts, samples] = await Promise.all([
    db.rollout.findMany({
      where: { status: { in: [...LIVE_ROLLOUT_STATUSES] } },
      select: { flagName: true, stages: { where: { position: 0 }, select: { enteredAt: true } } },
    }),
    db.metricSample.findMany({
      where: { sampledAt: { gt: since, lte: now } },
      select: { metric: true, cohort: true, flagName: true, value: true, sampledAt: true },
    }),
  ]);

  const series = (
    metric: string,
    cohort: string,
    flagName: string | null,
    from: Date | null,
  ): GuardSeriesPoint[] =>
    samples
      .filter(
        (s) =>
          s.metric === metric &&
          s.cohort === cohort &&
          s.flagName === flagName &&
          (from === null || s.sampledAt.getTime() >= from.getTime()),
      )
      .map((s) => ({ at: s.sampledAt, value: s.value }));

  const judge = (
    rule: GuardRuleKey,
    flagName: string | null,
    points: GuardSeriesPoint[],
  ): GuardRuleOutcome => {
    const config = rules[rule];
    const result = evaluateGuardRule(rule, config, points, now, timing.maxSampleGapMs);
    return {
      flagName,
      rule,
      metric: GUARD_RULE_METRIC[rule],
      label: config.label,
      unit: config.unit,
      action: result.action,
      tripped: result.tripped,
      latestValue: result.latestValue,
      threshold: result.threshold,
      windowSeconds: Math.round(result.windowMs / 1000),
      breachingSince:
        result.breachingSinceMs === null ? null : new Date(result.breachingSinceMs).toISOString(),
    };
  };

  const results: GuardRuleOutcome[] = [];
  for (const rollout of rollouts) {
    const startedAt = rollout.stages[0]?.enteredAt ?? null;
    for (const rule of CANARY_RULES) {
      results.push(
        judge(rule, rollout.flagName, series(GUARD_RULE_METRIC[rule], "canary", rollout.flagName, startedAt)),
      );
    }
  }
  for (const rule of SYSTEM_RULES) {
    results.push(judge(rule, null, series(GUARD_RULE_METRIC[rule], "all", null, null)));
  }
  return { evaluatedAt: now.toISOString(), results, trips: results.filter((result) => result.tripped) };
}
