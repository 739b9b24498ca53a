import { describe, expect, it } from "vitest";
import { describeAuditEntry, userIdsOf, type AuditNames } from "@/lib/admin/describe-audit-entry";

const names: AuditNames = {
  emailByUserId: new Map([
    ["cm1", "ann+beta@example.com"],
    ["cm2", "bob+beta@example.com"],
    ["cm3", "cy@example.com"],
  ]),
  flagByRolloutId: new Map([["ro1", "phase3_generation_engine"]]),
};

describe("describeAuditEntry", () => {
  it("says who enrolled how many beta testers, naming them by e-mail", () => {
    const entry = {
      actorLabel: "staff@example.com",
      action: "flag.enrol_cohort",
      targetType: "feature_flag",
      targetId: "phase3_generation_engine",
      before: null,
      after: {
        cohort: "beta_testers",
        enrolledCount: 3,
        targetCount: 10,
        sampleUserIds: ["cm1", "cm2", "cm3"],
      },
    };
    expect(describeAuditEntry(entry, names)).toEqual({
      sentence: "staff@example.com enrolled 3 beta testers in phase3_generation_engine (target 10)",
      people: ["ann+beta@example.com", "bob+beta@example.com", "cy@example.com"],
      isSample: false,
    });
  });

  it("marks a cohort's people as a sample when only some ids were kept", () => {
    const entry = {
      actorLabel: "staff@example.com",
      action: "flag.enrol_cohort",
      targetType: "feature_flag",
      targetId: "f",
      before: null,
      after: { cohort: "active_users", enrolledCount: 50_000, targetCount: 50_000, sampleUserIds: ["cm1"] },
    };
    expect(describeAuditEntry(entry, names)).toMatchObject({
      sentence: "staff@example.com enrolled 50000 active users in f (target 50000)",
      isSample: true,
    });
  });

  it("names a rollout by its flag and a removal by its count", () => {
    expect(
      describeAuditEntry(
        {
          actorLabel: "system:rollout-guard",
          action: "rollout.advance",
          targetType: "rollout",
          targetId: "ro1",
          before: { rolloutPercentage: 5 },
          after: { rolloutPercentage: 25 },
        },
        names,
      ).sentence,
    ).toBe("system:rollout-guard advanced the rollout of phase3_generation_engine to 25 %");
    const removal = {
      actorLabel: "staff@example.com",
      action: "flag.remove_enrolments",
      targetType: "feature_flag",
      targetId: "f",
      before: [{ userId: "cm3", enabled: true }],
      after: { removedCount: 1 },
    };
    expect(userIdsOf(removal)).toEqual(["cm3"]);
    expect(describeAuditEntry(removal, names)).toMatchObject({
      sentence: "staff@example.com removed 1 enrolment from f",
      people: ["cy@example.com"],
    });
  });
});
