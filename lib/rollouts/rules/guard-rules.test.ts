import { describe, expect, it } from "vitest";
import {
  DEFAULT_GUARD_RULES,
  evaluateGuardRule,
  evaluateGuardRules,
  trippedActions,
  type GuardRuleKey,
  type MetricSample,
} from "@/lib/rollouts/rules/guard-rules";

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const SECOND = 1_000;
const MINUTE = 60 * SECOND;

/** Samples every `stepMs` starting at T0 + startMs. */
function series(values: readonly (number | null)[], stepMs = MINUTE, startMs = 0): MetricSample[] {
  return values.map((value, i) => ({ at: new Date(T0 + startMs + i * stepMs), value }));
}

function at(offsetMs: number): Date {
  return new Date(T0 + offsetMs);
}

function check(key: GuardRuleKey, samples: MetricSample[], nowOffsetMs: number) {
  return evaluateGuardRule(key, DEFAULT_GUARD_RULES[key], samples, at(nowOffsetMs));
}

describe("sustained-window semantics (job error rate > 5 % for 2 min → rollback)", () => {
  it("does not trip on a 90-second spike sampled every 15 s", () => {
    // Breaching at 0 s … 90 s (7 samples), green again from 105 s.
    const spike = series([9, 9, 9, 9, 9, 9, 9, 1, 1, 1], 15 * SECOND);
    for (const nowOffset of [90 * SECOND, 100 * SECOND, 120 * SECOND, 135 * SECOND]) {
      const visible = spike.filter((s) => s.at.getTime() <= T0 + nowOffset);
      expect(check("job_error_rate", visible, nowOffset).tripped).toBe(false);
    }
  });

  it("does not trip on a 90-second spike even when evaluated 2 min after it began, before the next sample", () => {
    // The spike's last breaching sample is at 90 s; evaluation at 119 s has nothing newer yet.
    const spike = series([9, 9, 9, 9, 9, 9, 9], 15 * SECOND);
    const result = check("job_error_rate", spike, 119 * SECOND);
    expect(result.tripped).toBe(false);
    expect(result.breachingSinceMs).toBe(T0);
  });

  it("does not trip on a 90-second spike sampled per minute", () => {
    // A 90 s spike covers at most two per-minute samples.
    expect(check("job_error_rate", series([1, 9, 9, 1]), 3 * MINUTE).tripped).toBe(false);
    expect(check("job_error_rate", series([1, 9, 9]), 2 * MINUTE + 30 * SECOND).tripped).toBe(false);
  });

  it("trips after a 2-minute sustained breach (per-minute samples)", () => {
    const result = check("job_error_rate", series([9, 9, 9]), 2 * MINUTE);
    expect(result).toMatchObject({
      rule: "job_error_rate",
      action: "rollback",
      tripped: true,
      breachingSinceMs: T0,
      latestValue: 9,
      threshold: 5,
    });
  });

  it("trips after a 2-minute sustained breach (15-second samples) but not at 1 min 45 s", () => {
    const samples = series(new Array<number>(9).fill(7.5), 15 * SECOND);
    expect(check("job_error_rate", samples.slice(0, 8), 105 * SECOND).tripped).toBe(false);
    expect(check("job_error_rate", samples, 120 * SECOND).tripped).toBe(true);
  });

  it("is reset by a green sample inside the window", () => {
    const result = check("job_error_rate", series([9, 9, 2, 9, 9]), 4 * MINUTE);
    expect(result.tripped).toBe(false);
    expect(result.breachingSinceMs).toBe(T0 + 3 * MINUTE);
  });

  it("is reset by a null (no data) sample", () => {
    expect(check("job_error_rate", series([9, 9, null, 9, 9]), 4 * MINUTE).tripped).toBe(false);
  });

  it("is reset by a missing sample (gap longer than the allowed scrape gap)", () => {
    const samples = series([9, 9, 9, 9]).filter((_, i) => i !== 2);
    const result = check("job_error_rate", samples, 3 * MINUTE);
    expect(result.tripped).toBe(false);
    expect(result.breachingSinceMs).toBe(T0 + 3 * MINUTE);
  });

  it("does not act on a stale series", () => {
    const result = check("job_error_rate", series([9, 9, 9]), 5 * MINUTE);
    expect(result.tripped).toBe(false);
    expect(result.breachingSinceMs).toBeNull();
    expect(result.latestValue).toBe(9);
  });

  it("needs strictly more than the threshold", () => {
    expect(check("job_error_rate", series([5, 5, 5]), 2 * MINUTE).tripped).toBe(false);
  });

  it("accepts samples in any order and ignores samples after now", () => {
    const samples = series([9, 9, 9, 1]).reverse();
    expect(check("job_error_rate", samples, 2 * MINUTE).tripped).toBe(true);
  });

  it("reports no data when there are no samples", () => {
    expect(check("job_error_rate", [], 0)).toMatchObject({
      tripped: false,
      breachingSinceMs: null,
      latestValue: null,
    });
  });
});

describe("each rule uses its own threshold, window and action", () => {
  it("p99 latency > 60 s: 4 min is not enough, 5 min trips a rollback", () => {
    expect(check("p99_latency", series([75, 75, 75, 75, 75]), 4 * MINUTE).tripped).toBe(false);
    const result = check("p99_latency", series([75, 75, 75, 75, 75, 75]), 5 * MINUTE);
    expect(result).toMatchObject({ tripped: true, action: "rollback", threshold: 60 });
  });

  it("FatSecret errors > 20/min for 1 min disables auto-sync", () => {
    expect(check("fatsecret_errors", series([35]), 0).tripped).toBe(false);
    const result = check("fatsecret_errors", series([35, 21]), MINUTE);
    expect(result).toMatchObject({
      tripped: true,
      action: "disable_autosync",
      threshold: 20,
      latestValue: 21,
    });
    expect(check("fatsecret_errors", series([35, 20]), MINUTE).tripped).toBe(false);
  });

  it("pool utilisation > 90 % for 2 min pauses the scheduler", () => {
    expect(check("db_pool_utilisation", series([95, 95]), MINUTE).tripped).toBe(false);
    expect(check("db_pool_utilisation", series([95, 95, 92]), 2 * MINUTE)).toMatchObject({
      tripped: true,
      action: "pause_scheduler",
    });
  });

  it("evaluates all four rules together and lists the actions to take, most drastic first", () => {
    const results = evaluateGuardRules(
      {
        job_error_rate: series([1, 1, 1]),
        p99_latency: series([10, 10, 10]),
        fatsecret_errors: series([50, 50, 50]),
        db_pool_utilisation: series([99, 99, 99]),
      },
      at(2 * MINUTE),
    );
    expect(results.map((r) => [r.rule, r.tripped])).toEqual([
      ["job_error_rate", false],
      ["p99_latency", false],
      ["fatsecret_errors", true],
      ["db_pool_utilisation", true],
    ]);
    expect(trippedActions(results)).toEqual(["pause_scheduler", "disable_autosync"]);
  });

  it("reads thresholds and windows from the config it is given", () => {
    const config = {
      ...DEFAULT_GUARD_RULES,
      job_error_rate: { ...DEFAULT_GUARD_RULES.job_error_rate, threshold: 2, windowMs: MINUTE },
    };
    const results = evaluateGuardRules({ job_error_rate: series([3, 3]) }, at(MINUTE), config);
    expect(results.find((r) => r.rule === "job_error_rate")?.tripped).toBe(true);
    expect(results.filter((r) => r.tripped)).toHaveLength(1);
  });
});
