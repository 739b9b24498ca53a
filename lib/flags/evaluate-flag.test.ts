import { describe, expect, it } from "vitest";
import { bucketFor } from "@/lib/flags/bucket";
import { evaluateFlag } from "@/lib/flags/evaluate-flag";
import { flagSnapshotSchema, type FlagSnapshot } from "@/lib/flags/flag-snapshot";

const base: FlagSnapshot = {
  key: "phase3_generation_engine",
  enabledGlobally: false,
  rolloutPercentage: 0,
  killSwitch: false,
};

function flag(overrides: Partial<FlagSnapshot>): FlagSnapshot {
  return { ...base, ...overrides };
}

// Pick users by bucket so the percentage cases do not depend on luck.
const ids = Array.from({ length: 1_000 }, (_, i) => `user-${i}`);
const lowBucketUser = ids.find((id) => bucketFor(base.key, id) < 500) ?? "";
const highBucketUser = ids.find((id) => bucketFor(base.key, id) >= 9_000) ?? "";

describe("evaluateFlag precedence", () => {
  it("kill switch beats an enrolment that says on", () => {
    expect(evaluateFlag(flag({ killSwitch: true }), "u", { enabled: true })).toEqual({
      enabled: false,
      reason: "kill_switch",
    });
  });

  it("kill switch beats global enable and a 100 % rollout", () => {
    const result = evaluateFlag(
      flag({ killSwitch: true, enabledGlobally: true, rolloutPercentage: 100 }),
      "u",
    );
    expect(result).toEqual({ enabled: false, reason: "kill_switch" });
  });

  it("enrolment on beats a flag that is otherwise off", () => {
    expect(evaluateFlag(flag({}), "u", { enabled: true })).toEqual({
      enabled: true,
      reason: "user_enrolment",
    });
  });

  it("enrolment off beats global on", () => {
    expect(evaluateFlag(flag({ enabledGlobally: true }), "u", { enabled: false })).toEqual({
      enabled: false,
      reason: "user_enrolment",
    });
  });

  it("enrolment off beats a percentage bucket the user falls in", () => {
    expect(evaluateFlag(flag({ rolloutPercentage: 100 }), lowBucketUser, { enabled: false })).toEqual({
      enabled: false,
      reason: "user_enrolment",
    });
  });

  it("global on beats a 0 % rollout", () => {
    expect(evaluateFlag(flag({ enabledGlobally: true }), "u")).toEqual({ enabled: true, reason: "global" });
  });

  it("percentage admits a user whose bucket is below the threshold", () => {
    expect(lowBucketUser).not.toBe("");
    expect(evaluateFlag(flag({ rolloutPercentage: 5 }), lowBucketUser)).toEqual({
      enabled: true,
      reason: "percentage",
    });
  });

  it("falls through to default_off for a user above the threshold", () => {
    expect(highBucketUser).not.toBe("");
    expect(evaluateFlag(flag({ rolloutPercentage: 50 }), highBucketUser)).toEqual({
      enabled: false,
      reason: "default_off",
    });
  });

  it("is off by default", () => {
    expect(evaluateFlag(flag({}), "u")).toEqual({ enabled: false, reason: "default_off" });
  });
});

describe("flagSnapshotSchema", () => {
  it("accepts percentages with up to two decimals", () => {
    for (const rolloutPercentage of [0, 0.29, 5, 12.34, 99.99, 100]) {
      expect(flagSnapshotSchema.safeParse(flag({ rolloutPercentage })).success).toBe(true);
    }
  });

  it("rejects out-of-range or over-precise percentages and empty keys", () => {
    for (const rolloutPercentage of [-1, 100.01, 12.345, Number.NaN]) {
      expect(flagSnapshotSchema.safeParse(flag({ rolloutPercentage })).success).toBe(false);
    }
    expect(flagSnapshotSchema.safeParse(flag({ key: "" })).success).toBe(false);
  });
});
