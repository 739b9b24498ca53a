import { beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  // The test database is shared with every other connection of this run; judge the pool against a roomy
  // capacity so only the samples this file writes can trip the pool rule.
  process.env.GUARD_POOL_CAPACITY = "1000";
});

import { db } from "@/lib/db";
import type { JobStatus, JobType } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/flags/server";
import { actOnGuard, createRollout, evaluateGuard, runRolloutGuard, startRollout } from "@/lib/rollouts";
import { resetDatabase } from "@/test/reset-database";

const FLAG = "phase3_generation_engine";
const STAFF: Actor = { id: null, label: "staff@example.com" };
const CANARY = ["beta-1", "beta-2"];
const SECOND = 1_000;
const T0 = new Date(Math.floor((Date.now() - 4 * 3_600_000) / 60_000) * 60_000);
/** The moment the incident starts, 10 minutes into the canary. */
const B = new Date(T0.getTime() + 10 * 60_000);
const after = (seconds: number): Date => new Date(B.getTime() + seconds * SECOND);
let runCounter = 0;

async function seed(): Promise<void> {
  await db.user.createMany({
    data: [
      ...CANARY.map((id) => ({ id, email: `${id}+beta@example.com`, name: id })),
      ...Array.from({ length: 38 }, (_, i) => ({
        id: `user-${i}`,
        email: `u${i}@example.com`,
        name: `U${i}`,
      })),
    ],
  });
  await db.featureFlag.create({ data: { flagName: FLAG } });
  await createRollout({ flagName: FLAG, actor: STAFF });
  await startRollout({ flagName: FLAG, actor: STAFF }, T0);
}

/** One run every 10 s for a canary user from `fromSeconds` to `toSeconds` (exclusive) after B. */
async function runsEvery10s(
  fromSeconds: number,
  toSeconds: number,
  status: JobStatus,
  jobType: JobType = "WeeklyGeneration",
  userId: string | null = CANARY[0] ?? null,
): Promise<void> {
  const data = [];
  for (let s = fromSeconds; s < toSeconds; s += 10) {
    runCounter += 1;
    data.push({
      jobType,
      userId,
      functionId: "test",
      runId: `run-${runCounter}`,
      status,
      startedAt: after(s + 1),
      durationMs: 1_000,
    });
  }
  await db.jobExecution.createMany({ data });
}

async function guardAt(seconds: number) {
  return runRolloutGuard({ now: after(seconds), webhookUrl: null, staffEmails: ["oncall@example.com"] });
}

describe("rollout guard: sustained windows from stored samples", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seed();
    // Background: a healthy canary, one successful generation every 10 s.
    await runsEvery10s(-300, 400, "completed");
  });

  it("does not roll back for a 90-second error spike (samples every 30 s)", async () => {
    await runsEvery10s(0, 90, "failed");
    const errorRates: (number | null)[] = [];
    for (let s = 0; s <= 300; s += 30) {
      const run = await guardAt(s);
      const sample = run.sampling.samples.find((x) => x.metric === "job_error_rate" && x.cohort === "canary");
      errorRates.push(sample?.value ?? null);
      expect(run.evaluation.trips).toEqual([]);
      expect(run.actions).toEqual([]);
    }
    // The spike was seen — four samples over 5 % spanning 90 s — just not for the rule's 2 minutes.
    expect(errorRates.filter((rate) => (rate ?? 0) > 5)).toHaveLength(4);
    expect(await db.rollbackEvent.count()).toBe(0);
    expect((await db.rollout.findFirstOrThrow()).status).toBe("active");
  });

  it("rolls back the canary's flag when the error rate stays over 5 % for 2 minutes", async () => {
    await runsEvery10s(0, 400, "failed");
    for (const s of [60, 120]) {
      const run = await guardAt(s);
      expect(run.evaluation.trips).toEqual([]);
    }
    const run = await guardAt(180);
    expect(run.evaluation.trips).toEqual([
      expect.objectContaining({
        flagName: FLAG,
        rule: "job_error_rate",
        action: "rollback",
        threshold: 5,
        windowSeconds: 120,
        breachingSince: after(60).toISOString(),
      }),
    ]);
    expect(run.actions).toEqual([
      expect.objectContaining({
        action: "rollback",
        flagName: FLAG,
        rule: "job_error_rate",
        performed: true,
      }),
    ]);
    expect((await db.rollout.findFirstOrThrow()).status).toBe("rolled_back");
    expect(await db.userFeatureFlag.count({ where: { flagName: FLAG } })).toBe(0);
    const event = await db.rollbackEvent.findFirstOrThrow();
    expect(event).toMatchObject({
      trigger: "automatic",
      action: "rollback",
      rule: "job_error_rate",
      threshold: 5,
      windowSeconds: 120,
    });
    expect(event.reason).toMatch(
      /^Job error rate 50 % > 5 % sustained for 120 s \(canary of phase3_generation_engine\)/,
    );
    expect(
      await db.auditLog.count({ where: { action: "flag.rollback", actorLabel: "system:rollout-guard" } }),
    ).toBe(1);
    expect(
      await db.emailOutbox.count({ where: { template: "rollback-alert", toAddress: "oncall@example.com" } }),
    ).toBe(1);

    // The flag is no longer under a live rollout: the next pass has nothing to roll back.
    const next = await guardAt(240);
    expect(next.sampling.guardedFlags).toEqual([]);
    expect(next.actions).toEqual([]);
  });

  it("disables AutoSync after a minute of more than 20 FatSecret errors per minute", async () => {
    // Failed AutoSync runs alone do not trip it: the rule reads API errors.
    for (let i = 0; i < 6; i++) await runsEvery10s(0, 200, "failed", "AutoSync", null);
    expect((await guardAt(60)).actions).toEqual([]);
    // 6 failed API calls (what the FatSecret client records) per 10-second slot: 36 per minute.
    await db.fatSecretApiError.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        method: "food_entry.create",
        reason: "http_429",
        occurredAt: after(Math.floor(i / 6) * 10 + 1),
      })),
    });
    await db.metricSample.deleteMany();
    expect((await guardAt(60)).actions).toEqual([]);
    const run = await guardAt(120);
    expect(run.actions).toEqual([
      expect.objectContaining({
        action: "disable_autosync",
        flagName: "fatsecret_autosync",
        rule: "fatsecret_errors",
        value: 36,
        performed: true,
      }),
    ]);
    expect(
      (await db.featureFlag.findUniqueOrThrow({ where: { flagName: "fatsecret_autosync" } })).killSwitch,
    ).toBe(true);
    // Still breaching a minute later, but the switch is already engaged: no second event.
    expect((await guardAt(180)).actions).toEqual([expect.objectContaining({ performed: false })]);
    expect(await db.rollbackEvent.count({ where: { action: "disable_autosync" } })).toBe(1);
  });

  it("pauses the scheduler when pool utilisation stays over 90 % for 2 minutes", async () => {
    await db.metricSample.createMany({
      data: [0, 60, 120].map((s) => ({
        metric: "db_pool_utilisation",
        cohort: "all",
        value: 95,
        sampledAt: after(s),
      })),
    });
    const early = await evaluateGuard({ now: after(60) });
    expect(early.trips).toEqual([]);
    const evaluation = await evaluateGuard({ now: after(120) });
    expect(evaluation.trips).toEqual([
      expect.objectContaining({
        flagName: null,
        rule: "db_pool_utilisation",
        action: "pause_scheduler",
        latestValue: 95,
      }),
    ]);
    const actions = await actOnGuard(evaluation, { webhookUrl: null });
    expect(actions).toEqual([
      expect.objectContaining({ action: "pause_scheduler", flagName: "scheduler", performed: true }),
    ]);
    expect(JSON.parse(JSON.stringify(evaluation))).toEqual(evaluation);
  });
});
