import { describe, expect, it } from "vitest";
import { selectCohort, type StoredCandidate } from "@/lib/flags/select-cohort";

const NOW = new Date("2026-03-01T00:00:00Z");
const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * 86_400_000);

function candidate(id: string, overrides: Partial<StoredCandidate> = {}): StoredCandidate {
  return {
    id,
    name: id,
    email: `${id}@example.com`,
    tags: [],
    inBetaProgram: false,
    lastLoginAt: null,
    enrolment: null,
    ...overrides,
  };
}

const people: StoredCandidate[] = [
  candidate("beta-idle", { inBetaProgram: true }),
  candidate("beta-opted-out", { tags: ["beta_tester"], enrolment: { enabled: false, source: "settings" } }),
  candidate("active", { lastLoginAt: daysAgo(1) }),
  candidate("active-opted-out", {
    lastLoginAt: daysAgo(0),
    enrolment: { enabled: false, source: "settings" },
  }),
  candidate("already-in", { lastLoginAt: daysAgo(2), enrolment: { enabled: true, source: "manual" } }),
  ...Array.from({ length: 35 }, (_, i) => candidate(`idle-${i}`)),
];

describe("selectCohort", () => {
  it("counts opted-out users toward the target but never picks them", () => {
    // 40 users at 10 % → 4 wanted; 3 eligible.
    expect(selectCohort(people, "beta_testers", 10, NOW)).toEqual({
      selectedIds: ["beta-idle", "active", "already-in"],
      enrolledCount: 3,
      targetCount: 4,
      pctOfTarget: 75,
    });
  });

  it("picks only recently active users for active_users, beta or not", () => {
    expect(selectCohort(people, "active_users", 10, NOW).selectedIds).toEqual(["active", "already-in"]);
  });
});
