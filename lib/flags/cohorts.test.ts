import { describe, expect, it } from "vitest";
import {
  canaryTargetCount,
  isBetaTester,
  selectCanaryCohort,
  type CohortCandidate,
} from "@/lib/flags/cohorts";

const NOW = new Date(Date.UTC(2026, 0, 31));
const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * 86_400_000);

function user(id: string, overrides: Partial<CohortCandidate> = {}): CohortCandidate {
  return { id, email: `${id}@example.com`, tags: [], inBetaProgram: false, lastLoginAt: null, ...overrides };
}

describe("isBetaTester", () => {
  it("recognises the three opt-in conventions", () => {
    expect(isBetaTester(user("a", { email: "ann+beta@example.com" }))).toBe(true);
    expect(isBetaTester(user("b", { email: "Bob+BETA2026@example.com" }))).toBe(true);
    expect(isBetaTester(user("c", { tags: ["vegan", "beta_tester"] }))).toBe(true);
    expect(isBetaTester(user("d", { inBetaProgram: true }))).toBe(true);
  });

  it("ignores '+beta' outside the local part and look-alikes", () => {
    expect(isBetaTester(user("e", { email: "eve@mail+beta.example.com" }))).toBe(false);
    expect(isBetaTester(user("f", { email: "beta@example.com" }))).toBe(false);
    expect(isBetaTester(user("g", { tags: ["beta"] }))).toBe(false);
  });
});

describe("canaryTargetCount", () => {
  it("rounds up without float error", () => {
    expect(canaryTargetCount(1_000, 5)).toBe(50);
    expect(canaryTargetCount(1_001, 5)).toBe(51);
    expect(canaryTargetCount(100, 0.29)).toBe(1);
    expect(canaryTargetCount(0, 5)).toBe(0);
    expect(canaryTargetCount(10, 100)).toBe(10);
  });
});

describe("selectCanaryCohort", () => {
  it("takes beta testers first, then the most recently active, up to ceil(total × pct)", () => {
    const users: CohortCandidate[] = [
      ...Array.from({ length: 90 }, (_, i) => user(`idle-${i}`, { lastLoginAt: daysAgo(45) })),
      user("beta-old", { email: "x+beta@example.com", lastLoginAt: daysAgo(60) }),
      user("beta-tag", { tags: ["beta_tester"], lastLoginAt: daysAgo(1) }),
      user("active-2d", { lastLoginAt: daysAgo(2) }),
      user("active-1d", { lastLoginAt: daysAgo(1) }),
      user("active-10d", { lastLoginAt: daysAgo(10) }),
      user("active-20d", { lastLoginAt: daysAgo(20) }),
      user("active-29d", { lastLoginAt: daysAgo(29) }),
      user("never", { lastLoginAt: null }),
      user("deleted-beta", { inBetaProgram: true, deletedAt: daysAgo(3) }),
      user("deleted-2", { deletedAt: daysAgo(3) }),
    ];
    // 98 live users → ceil(4.9) = 5.
    const cohort = selectCanaryCohort(users, 5, { now: NOW });
    expect(cohort).toEqual({
      selectedIds: ["beta-tag", "beta-old", "active-1d", "active-2d", "active-10d"],
      enrolledCount: 5,
      targetCount: 5,
      pctOfTarget: 100,
    });
  });

  it("reports a short cohort instead of padding it with inactive users", () => {
    const users = [
      user("beta", { inBetaProgram: true }),
      user("active", { lastLoginAt: daysAgo(3) }),
      ...Array.from({ length: 58 }, (_, i) => user(`idle-${i}`, { lastLoginAt: daysAgo(31) })),
    ];
    // 60 users at 5 % → 3 wanted, 2 eligible.
    expect(selectCanaryCohort(users, 5, { now: NOW })).toEqual({
      selectedIds: ["beta", "active"],
      enrolledCount: 2,
      targetCount: 3,
      pctOfTarget: 66.67,
    });
  });

  it("honours a custom activity window and handles an empty user base", () => {
    const users = [user("a", { lastLoginAt: daysAgo(5) }), user("b", { lastLoginAt: daysAgo(2) })];
    expect(selectCanaryCohort(users, 100, { now: NOW, activeWithinDays: 3 }).selectedIds).toEqual(["b"]);
    expect(selectCanaryCohort([], 5, { now: NOW })).toEqual({
      selectedIds: [],
      enrolledCount: 0,
      targetCount: 0,
      pctOfTarget: 100,
    });
  });
});
