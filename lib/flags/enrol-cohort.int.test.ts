import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enrolCohort, listCohortCandidates, type Actor } from "@/lib/flags/server";
import { resetDatabase } from "@/test/reset-database";

const FLAG = "phase3_generation_engine";
const STAFF: Actor = { id: null, label: "staff@example.com" };
const NOW = new Date("2026-03-01T12:00:00Z");
const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * 86_400_000);

// 100 live users → a 5 % target of 5, a 10 % target of 10.
async function seed(): Promise<void> {
  const people = [
    { id: "beta-plus", email: "Ann+Beta@example.com", lastSignInAt: daysAgo(60) },
    { id: "beta-program", email: "bob@example.com", lastSignInAt: null },
    { id: "beta-tag", email: "cy@example.com", tags: ["beta_tester"], lastSignInAt: daysAgo(2) },
    { id: "deleted-beta", email: "dee+beta@example.com", lastSignInAt: daysAgo(1), deletedAt: daysAgo(5) },
    { id: "active-1d", email: "a1@example.com", lastSignInAt: daysAgo(1) },
    { id: "active-3d", email: "a3@example.com", lastSignInAt: daysAgo(3) },
    { id: "active-10d", email: "a10@example.com", lastSignInAt: daysAgo(10) },
    { id: "active-29d", email: "a29@example.com", lastSignInAt: daysAgo(29) },
    { id: "idle-31d", email: "i31@example.com", lastSignInAt: daysAgo(31) },
    { id: "opted-out", email: "no@example.com", lastSignInAt: daysAgo(0.5) },
    ...Array.from({ length: 91 }, (_, i) => ({
      id: `filler-${i}`,
      email: `f${i}@example.com`,
      lastSignInAt: null,
    })),
  ];
  await db.user.createMany({ data: people.map((p) => ({ name: p.id, ...p })) });
  await db.betaProgramEnrollment.create({ data: { userId: "beta-program" } });
  await db.featureFlag.create({ data: { flagName: FLAG } });
  await db.userFeatureFlag.create({
    data: { userId: "opted-out", flagName: FLAG, enabled: false, source: "settings" },
  });
}

describe("enrolCohort", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seed();
  });

  it("enrols beta testers first, then the most recently active, capped at ceil(live × 5 %)", async () => {
    const result = await enrolCohort(
      { flagName: FLAG, cohort: "beta_testers", targetPercent: 5, actor: STAFF },
      NOW,
    );
    expect(result).toMatchObject({ enrolledCount: 5, targetCount: 5, pctOfTarget: 100 });
    expect(result.userIds).toEqual(["beta-tag", "beta-plus", "beta-program", "active-1d", "active-3d"]);
    const rows = await db.userFeatureFlag.findMany({ where: { flagName: FLAG, enabled: true } });
    expect(rows.map((r) => r.userId).sort()).toEqual([...result.userIds].sort());
    expect(rows.every((r) => r.source === "beta_testers")).toBe(true);
    // The opt-out counts toward the base but is never switched back on.
    expect(
      await db.userFeatureFlag.findUnique({
        where: { userId_flagName: { userId: "opted-out", flagName: FLAG } },
      }),
    ).toMatchObject({ enabled: false });
    const flag = await db.featureFlag.findUniqueOrThrow({ where: { flagName: FLAG } });
    expect(flag.version).toBe(2);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "flag.enrol_cohort" } });
    expect(audit.after).toMatchObject({
      enrolledCount: 5,
      targetCount: 5,
      pctOfTarget: 100,
      targetPercent: 5,
    });
  });

  it("reports a short cohort when too few users qualify", async () => {
    const result = await enrolCohort(
      { flagName: FLAG, cohort: "beta_testers", targetPercent: 10, actor: STAFF },
      NOW,
    );
    // 3 beta testers + 4 active in 30 days (idle-31d and the deleted beta tester do not count).
    expect(result).toMatchObject({ enrolledCount: 7, targetCount: 10, pctOfTarget: 70 });
  });

  it("selects active users by recency only for the active_users cohort", async () => {
    const result = await enrolCohort(
      { flagName: FLAG, cohort: "active_users", targetPercent: 5, actor: STAFF },
      NOW,
    );
    expect(result.userIds).toEqual(["active-1d", "beta-tag", "active-3d", "active-10d", "active-29d"]);
  });

  it("enrols a manual list by e-mail, case-insensitively, and refuses unknown addresses atomically", async () => {
    const result = await enrolCohort(
      { flagName: FLAG, cohort: { manual: ["ann+beta@EXAMPLE.com", "a29@example.com"] }, actor: STAFF },
      NOW,
    );
    expect(result).toMatchObject({
      enrolledCount: 2,
      targetCount: 2,
      pctOfTarget: 100,
      userIds: ["beta-plus", "active-29d"],
    });
    await expect(
      enrolCohort(
        { flagName: FLAG, cohort: { manual: ["a1@example.com", "nobody@example.com"] }, actor: STAFF },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND", details: { notFound: ["nobody@example.com"] } });
    expect(await db.userFeatureFlag.count({ where: { userId: "active-1d" } })).toBe(0);
  });

  it("previews the same cohort without writing", async () => {
    const preview = await listCohortCandidates(
      { flagName: FLAG, cohort: "beta_testers", targetPercent: 5 },
      NOW,
    );
    expect(preview).toMatchObject({ totalUsers: 100, targetCount: 5, enrolledCount: 5, pctOfTarget: 100 });
    expect(preview.candidates.map((c) => c.id)).toEqual([
      "beta-tag",
      "beta-plus",
      "beta-program",
      "active-1d",
      "active-3d",
    ]);
    expect(preview.candidates[0]).toEqual({
      id: "beta-tag",
      email: "cy@example.com",
      name: "beta-tag",
      isBetaTester: true,
      lastSignInAt: daysAgo(2).toISOString(),
      enrolment: null,
    });
    expect(await db.userFeatureFlag.count({ where: { enabled: true } })).toBe(0);
    await expect(listCohortCandidates({ cohort: "everyone" as never })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
