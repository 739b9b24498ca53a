import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

// AutoSync activity comes from real runs of the sync function against the loopback FatSecret, started before
// lib/env reads FATSECRET_*.
const fatsecret = await vi.hoisted(async () => {
  const { startFakeFatSecret } = await import("@/test/fakes/fatsecret-server");
  const server = await startFakeFatSecret();
  Object.assign(process.env, server.env);
  return server;
});

import { syncFatSecret } from "@/inngest/functions/plan-generated-fatsecret-sync";
import { db } from "@/lib/db";
import { sealAccessTokens } from "@/lib/integrations/fatsecret/connection-tokens";
import { generatePlanForUser } from "@/lib/plans";
import { seedCatalogue } from "@/prisma/seed/seed-catalogue";
import { bucketFor } from "@/lib/flags";
import { createFeatureFlagClient, engageKillSwitch, type Actor } from "@/lib/flags/server";
import {
  advanceRollout,
  createRollout,
  getRolloutStatus,
  observeRollouts,
  pauseRollout,
  resumeRollout,
  startRollout,
} from "@/lib/rollouts";
import { resetDatabase } from "@/test/reset-database";

const FLAG = "phase3_generation_engine";
const STAFF: Actor = { id: "staff-1", label: "staff@example.com" };
const USER_COUNT = 200;
const BETA = ["beta-a", "beta-b", "beta-c"];
const HOUR = 3_600_000;
const MINUTE = 60_000;
// Hours in the past, so every window the gates read has already happened.
const T0 = new Date(Math.floor((Date.now() - 8 * HOUR) / MINUTE) * MINUTE);
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * MINUTE);
const STAGES = [
  { percentage: 5, minSoakMs: 60 * MINUTE },
  { percentage: 25, minSoakMs: 60 * MINUTE },
  { percentage: 100, minSoakMs: 60 * MINUTE },
];

async function seed(): Promise<void> {
  await db.user.createMany({
    data: [
      { id: "staff-1", email: "staff@example.com", name: "Staff", role: "staff" },
      ...BETA.map((id) => ({ id, email: `${id}+beta@example.com`, name: id })),
      ...Array.from({ length: USER_COUNT - 4 }, (_, i) => ({
        id: `user-${i}`,
        email: `u${i}@example.com`,
        name: `U${i}`,
      })),
    ],
  });
  await db.featureFlag.create({ data: { flagName: FLAG } });
}

/**
 * Healthy activity for the beta testers every 5 minutes for 6 hours: fast generations and delivered e-mails.
 * Written after the rollout starts: each row records its person's cohort when it is written.
 */
async function healthyCanaryActivity(): Promise<void> {
  const times = Array.from({ length: 72 }, (_, i) => at(1 + i * 5));
  const rows = times.flatMap((startedAt, i) =>
    BETA.map((userId, j) => ({ startedAt, userId, key: `${i}-${j}` })),
  );
  await db.jobExecution.createMany({
    data: rows.map(({ startedAt, userId, key }) => ({
      jobType: "WeeklyGeneration" as const,
      userId,
      functionId: "generate-plan",
      runId: `gen-${key}`,
      status: "completed" as const,
      startedAt,
      durationMs: 2_000,
    })),
  });
  await db.emailOutbox.createMany({
    data: rows.map(({ startedAt, userId, key }) => ({
      userId,
      toAddress: `${userId}@example.com`,
      template: "plan-ready",
      subject: "Your plan",
      status: "delivered" as const,
      idempotencyKey: `mail-${key}`,
      createdAt: startedAt,
    })),
  });
}

/** A beta tester with a week's plan and a linked (fake) FatSecret account. */
async function linkBetaTester(userId: string): Promise<string> {
  await seedCatalogue(db);
  await db.nutritionTarget.create({ data: { userId, kcal: 2000, proteinG: 120, carbsG: 220, fatG: 70 } });
  await db.dietaryPreference.create({ data: { userId, mealsPerDay: 2 } });
  const { mealPlanId } = await generatePlanForUser(userId, "2026-11-30");
  await db.fatSecretConnection.create({
    data: { userId, ...sealAccessTokens(fatsecret.issueAccessToken()) },
  });
  return mealPlanId;
}

/**
 * Real AutoSync runs (the Inngest function, the FatSecret client, the fake's diary) at the given minutes of
 * the test's timeline: the clock is set there so each run's job_executions row starts at that moment.
 */
async function autoSyncAt(userId: string, mealPlanId: string, minutes: readonly number[]): Promise<void> {
  for (const minute of minutes) {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(at(minute));
    try {
      const { error } = await new InngestTestEngine({
        function: syncFatSecret,
        events: [{ name: "plan/generated", data: { userId, mealPlanId } }],
      }).execute();
      expect(error).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  }
}

async function enabledUserIds(): Promise<Set<string>> {
  const rows = await db.userFeatureFlag.findMany({
    where: { flagName: FLAG, enabled: true },
    select: { userId: true },
  });
  return new Set(rows.map((row) => row.userId));
}

/** Everyone the flag is on for, asked of a fresh cache as another instance would. */
async function exposedUserIds(): Promise<Set<string>> {
  const client = createFeatureFlagClient();
  const users = await db.user.findMany({ select: { id: true } });
  const exposed = new Set<string>();
  for (const { id } of users) if (await client.isEnabled({ id }, FLAG)) exposed.add(id);
  return exposed;
}

describe("staged rollouts", { timeout: 120_000 }, () => {
  afterAll(() => fatsecret.close());
  beforeEach(async () => {
    await resetDatabase();
    await seed();
  });

  it("starts at 5 %: percentage set, beta canary enrolled, admitted buckets exposed without enrolments, audited", async () => {
    await createRollout({ flagName: FLAG, stages: STAGES, actor: STAFF });
    const entry = await startRollout({ flagName: FLAG, actor: STAFF }, T0);
    // 200 live users → target 10; only the 3 beta testers qualify (nobody else has signed in).
    expect(entry.canaryCohort).toEqual({ enrolledCount: 3, targetCount: 10, pctOfTarget: 30 });
    expect(entry.rollout).toMatchObject({
      status: "active",
      currentStageIndex: 0,
      stageEnteredAt: T0.toISOString(),
    });

    const flag = await db.featureFlag.findUniqueOrThrow({ where: { flagName: FLAG } });
    expect(Number(flag.rolloutPercentage)).toBe(5);
    expect(flag.enabledGlobally).toBe(false);
    const enrolled = await enabledUserIds();
    expect([...enrolled].sort()).toEqual([...BETA].sort());
    const exposed = await exposedUserIds();
    const admitted = (await db.user.findMany({ select: { id: true } })).filter(
      (u) => bucketFor(FLAG, u.id) < 500,
    );
    expect([...exposed].sort()).toEqual([...new Set([...BETA, ...admitted.map((u) => u.id)])].sort());
    expect(
      await db.auditLog.count({ where: { action: "rollout.start", actorLabel: "staff@example.com" } }),
    ).toBe(1);

    await expect(createRollout({ flagName: FLAG, actor: STAFF })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(advanceRollout({ flagName: FLAG, actor: STAFF }, at(10))).rejects.toMatchObject({
      code: "CONFLICT",
      details: {
        waitingFor: expect.arrayContaining([
          expect.stringMatching(/^Soak time/),
          "Job error rate: no data yet",
        ]),
      },
    });
  });

  it("advances 5 % → 25 % only after the gates were green for the soak, keeping every earlier user", async () => {
    const mealPlanId = await linkBetaTester("beta-a");
    // Without any AutoSync run the FatSecret gate has no data, and no data is never green.
    await createRollout({ flagName: FLAG, stages: STAGES, actor: STAFF });
    await startRollout({ flagName: FLAG, actor: STAFF }, T0);
    await healthyCanaryActivity();
    const [before] = await observeRollouts({ now: at(30) });
    // ("no gate red since" keeps running while a gate has no data, but nothing advances on it)
    expect(before).toMatchObject({ isAllGreen: false });
    expect(before?.waitingFor).toContain("FatSecret sync success: no data yet");
    await db.rollout.deleteMany();
    await db.rolloutStage.deleteMany();
    await autoSyncAt("beta-a", mealPlanId, [1]);
    expect(fatsecret.allEntries()).toHaveLength(await db.plannedMeal.count({ where: { mealPlanId } }));
    await createRollout({ flagName: FLAG, stages: STAGES, actor: STAFF });
    await startRollout({ flagName: FLAG, actor: STAFF }, T0);
    const atFive = await exposedUserIds();

    const [observed] = await observeRollouts({ now: at(30) });
    expect(observed).toMatchObject({
      isAllGreen: true,
      gatesGreenSince: at(30).toISOString(),
      outcome: "held",
    });
    await expect(advanceRollout({ flagName: FLAG, actor: STAFF }, at(61))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("green for 31 min of the required 1 h"),
    });

    const result = await advanceRollout({ flagName: FLAG, actor: STAFF }, at(91));
    expect(result.outcome).toBe("advanced");
    expect(result.rollout).toMatchObject({ currentStageIndex: 1, gatesGreenSince: null });
    const atTwentyFive = await exposedUserIds();
    for (const id of atFive) expect(atTwentyFive.has(id)).toBe(true);
    const admitted = (await db.user.findMany({ select: { id: true } })).filter(
      (u) => bucketFor(FLAG, u.id) < 2500,
    );
    for (const user of admitted) expect(atTwentyFive.has(user.id)).toBe(true);
    expect(atTwentyFive.size).toBeGreaterThan(atFive.size);

    // Everyone enrolled at 5 % still sees the flag through a fresh cache.
    const client = createFeatureFlagClient();
    for (const id of atFive) expect(await client.isEnabled({ id }, FLAG)).toBe(true);
    const stages = await db.rolloutStage.findMany({ orderBy: { position: "asc" } });
    expect(stages[0]?.completedAt).toEqual(at(91));
    expect(stages[1]?.enteredAt).toEqual(at(91));
  });

  it("reports status as plain data: stage, cohort vs target, gate tiles for canary and rest, soak, reasons", async () => {
    await createRollout({ flagName: FLAG, stages: STAGES, actor: STAFF });
    const draft = await getRolloutStatus(FLAG, at(-1));
    expect(draft).toMatchObject({
      stage: null,
      nextStage: { percentage: 5, minSoakMinutes: 60 },
      waitingFor: ["The rollout has not been started"],
    });

    await startRollout({ flagName: FLAG, actor: STAFF }, T0);
    await healthyCanaryActivity();
    const status = await getRolloutStatus(FLAG, at(20));
    expect(JSON.parse(JSON.stringify(status))).toEqual(status);
    expect(status.stage).toEqual({
      index: 0,
      percentage: 5,
      minSoakMinutes: 60,
      enteredAt: T0.toISOString(),
    });
    expect(status.cohort).toMatchObject({ targetCount: 10, totalUsers: USER_COUNT });
    expect(status.cohort.enrolledCount).toBe((await enabledUserIds()).size);
    expect(status.gates.canary.map((g) => g.key)).toEqual([
      "job_error_rate",
      "p99_generation_latency",
      "fatsecret_sync_success",
      "email_delivery_success",
      "db_pool_utilisation",
      "critical_bug_reports",
    ]);
    expect(status.gates.canary.find((g) => g.key === "job_error_rate")).toMatchObject({
      value: 0,
      threshold: 1,
      isGreen: true,
    });
    expect(status.gates.canary.find((g) => g.key === "p99_generation_latency")).toMatchObject({
      value: 2_000,
      unit: "ms",
      threshold: 30_000,
      isGreen: true,
    });
    expect(status.gates.rest.find((g) => g.key === "job_error_rate")).toMatchObject({
      value: null,
      isGreen: false,
    });
    expect(status.soakRemainingMs).toBe(40 * MINUTE);
    expect(status).toMatchObject({ canAdvance: false, action: "hold" });
    expect(status.waitingFor[0]).toMatch(/^Soak time: the 5 % stage has run 20 min/);
  });

  it("auto-advances through every stage when enabled, as the guard's actor", async () => {
    await createRollout({ flagName: FLAG, stages: STAGES, autoAdvance: true, actor: STAFF });
    await startRollout({ flagName: FLAG, actor: STAFF }, T0);
    await healthyCanaryActivity();
    // One real AutoSync run inside each stage's first five minutes.
    await autoSyncAt("beta-a", await linkBetaTester("beta-a"), [1, 66, 131]);
    const outcomes: string[] = [];
    // Activity lands every 5 minutes (1, 6, …, 66, …): a stage's gates first have data at its first point,
    // so each stage is green from then and soaks an hour from there.
    for (const minute of [1, 61, 66, 126, 131, 191]) {
      const [observation] = await observeRollouts({ now: at(minute) });
      outcomes.push(observation?.outcome ?? "none");
    }
    expect(outcomes).toEqual(["held", "advanced", "held", "advanced", "held", "completed"]);
    const flag = await db.featureFlag.findUniqueOrThrow({ where: { flagName: FLAG } });
    expect(flag.enabledGlobally).toBe(true);
    expect(await db.rollout.findFirstOrThrow()).toMatchObject({ status: "completed", currentStageIndex: 2 });
    expect(
      await db.auditLog.count({ where: { action: "rollout.advance", actorLabel: "system:rollout-guard" } }),
    ).toBe(2);
    expect(
      await db.auditLog.count({ where: { action: "rollout.complete", actorLabel: "system:rollout-guard" } }),
    ).toBe(1);
  });

  it("pauses and resumes; refuses to start under a kill switch", async () => {
    await createRollout({ flagName: FLAG, stages: STAGES, actor: STAFF });
    await engageKillSwitch({ flagName: FLAG, reason: "not yet", actor: STAFF });
    await expect(startRollout({ flagName: FLAG, actor: STAFF }, T0)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await db.featureFlag.update({ where: { flagName: FLAG }, data: { killSwitch: false } });
    await startRollout({ flagName: FLAG, actor: STAFF }, T0);

    expect(await pauseRollout({ flagName: FLAG, actor: STAFF, reason: "weekend" })).toMatchObject({
      status: "paused",
    });
    await expect(advanceRollout({ flagName: FLAG, actor: STAFF }, at(500))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("resume it first"),
    });
    await expect(pauseRollout({ flagName: FLAG, actor: STAFF })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await resumeRollout({ flagName: FLAG, actor: STAFF })).toMatchObject({ status: "active" });
    expect(await db.auditLog.count({ where: { action: { in: ["rollout.pause", "rollout.resume"] } } })).toBe(
      2,
    );
  });

  it("lets staff, never auto-advance, override a gate with no data for the whole soak, with a reason", async () => {
    await createRollout({ flagName: FLAG, stages: STAGES, autoAdvance: true, actor: STAFF });
    await startRollout({ flagName: FLAG, actor: STAFF }, T0);
    await healthyCanaryActivity();
    // The guard keeps "no gate red since" while FatSecret sync has no data; auto-advance still holds.
    const [first] = await observeRollouts({ now: at(1) });
    const [later] = await observeRollouts({ now: at(70) });
    expect(first?.outcome).toBe("held");
    expect(later).toMatchObject({ outcome: "held", waitingFor: ["FatSecret sync success: no data yet"] });

    await expect(advanceRollout({ flagName: FLAG, actor: STAFF }, at(70))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      advanceRollout({ flagName: FLAG, actor: STAFF, overrideNoDataGates: { reason: "x" } }, at(70)),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const status = await getRolloutStatus(FLAG, at(70));
    expect(status.overridableGates).toEqual(["fatsecret_sync_success"]);

    const result = await advanceRollout(
      {
        flagName: FLAG,
        actor: STAFF,
        overrideNoDataGates: { reason: "nobody in the canary has FatSecret connected" },
      },
      at(70),
    );
    expect(result.outcome).toBe("advanced");
    expect(result.rollout.stages[0]).toMatchObject({
      overriddenGates: ["fatsecret_sync_success"],
      overrideReason: "nobody in the canary has FatSecret connected",
      overriddenBy: "staff@example.com",
    });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "rollout.override_gates" } })).toMatchObject(
      { actorLabel: "staff@example.com", reason: "nobody in the canary has FatSecret connected" },
    );
  });

  it("refuses an override while the soak runs", async () => {
    await createRollout({ flagName: FLAG, stages: STAGES, actor: STAFF });
    await startRollout({ flagName: FLAG, actor: STAFF }, T0);
    await healthyCanaryActivity();
    await observeRollouts({ now: at(1) });
    await expect(
      advanceRollout(
        { flagName: FLAG, actor: STAFF, overrideNoDataGates: { reason: "no FatSecret users in the canary" } },
        at(30),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Soak time") });
  });
});
