import { InngestTestEngine } from "@inngest/test";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generatePlan } from "@/inngest/functions/plan-generate-requested";
import { db } from "@/lib/db";
import { bookDueJobsPage } from "@/lib/jobs";
import { rollBackFlag } from "@/lib/rollouts";
import { seedCatalogue } from "@/prisma/seed/seed-catalogue";
import { resetDatabase } from "@/test/reset-database";
import { resetFlagCache } from "@/test/reset-flag-cache";

const FLAG = "phase3_generation_engine";
const STAFF = { id: null, label: "staff@example.com" };

async function makePerson(id: string) {
  await db.user.create({
    data: {
      id,
      email: `${id}@example.com`,
      name: id,
      nutritionTarget: { create: { kcal: 2000, proteinG: 120, carbsG: 220, fatG: 70 } },
      dietaryPreference: { create: { diet: "omnivore" } },
    },
  });
}

function engineFor(data: Record<string, unknown>) {
  return new InngestTestEngine({
    function: generatePlan,
    events: [{ name: "plan/generate.requested", data }],
    // Events go nowhere in tests: the send step is replaced, and asserted below.
    steps: [{ id: "emit-plan-generated", handler: () => ({ ids: ["evt-1"] }) }],
  });
}

describe("generate-plan", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedCatalogue(db);
  });
  beforeEach(async () => {
    await db.user.deleteMany();
    await db.jobExecution.deleteMany();
    await db.featureFlag.deleteMany();
    resetFlagCache();
  });

  it("declares its timeout, its concurrency and cancellation by a rollback of its flag", () => {
    const opts = generatePlan.opts as {
      timeouts?: { finish?: string };
      concurrency?: { limit: number };
      cancelOn?: { event: unknown; if?: string }[];
    };
    expect(opts.timeouts?.finish).toBe("300s");
    expect(opts.concurrency?.limit).toBe(5);
    expect(opts.cancelOn?.[0]?.if).toBe(`async.data.flagName == '${FLAG}'`);
  });

  it("stores the plan, emits plan/generated, and records the run", async () => {
    await db.featureFlag.create({ data: { flagName: FLAG, enabledGlobally: true } });
    await makePerson("ann");
    const { result, error, ctx } = await engineFor({ userId: "ann", weekStart: "2026-11-30" }).execute();
    expect(error).toBeUndefined();
    const plan = await db.mealPlan.findFirstOrThrow({ where: { userId: "ann" } });
    expect(result).toMatchObject({ outcome: "completed", mealPlanId: plan.id, weekStart: "2026-11-30" });
    expect(plan.status).toBe("ready");
    expect(ctx.step.sendEvent).toHaveBeenCalledWith(
      "emit-plan-generated",
      expect.objectContaining({ name: "plan/generated", data: { userId: "ann", mealPlanId: plan.id } }),
    );
    expect(await db.jobExecution.count({ where: { functionId: "generate-plan", status: "completed" } })).toBe(
      1,
    );
  });

  it("fails with the person's own problem (no targets) and stores nothing", async () => {
    await db.featureFlag.create({ data: { flagName: FLAG, enabledGlobally: true } });
    await db.user.create({ data: { id: "eve", email: "eve@example.com", name: "Eve" } });
    const { error } = await engineFor({ userId: "eve", weekStart: "2026-11-30" }).execute();
    expect(String((error as Error | undefined)?.message ?? error)).toMatch(/targets/);
    expect(await db.mealPlan.count({ where: { userId: "eve" } })).toBe(0);
  });

  it("writes no plan after a rollback: 20 queued runs all end cancelled and are recorded so", async () => {
    await db.featureFlag.create({ data: { flagName: FLAG } });
    const people = Array.from({ length: 20 }, (_, i) => `q${i}`);
    for (const id of people) await makePerson(id);
    // The canary: everyone here is enrolled explicitly.
    await db.userFeatureFlag.createMany({
      data: people.map((userId) => ({ userId, flagName: FLAG, enabled: true, source: "manual" })),
    });
    const due = new Date("2026-11-27T06:00:00Z");
    await db.scheduledJob.createMany({
      data: people.map((userId) => ({
        userId,
        jobType: "WeeklyGeneration" as const,
        frequency: "weekly",
        nextRunAt: due,
      })),
    });
    const { booked } = await bookDueJobsPage({ at: due, bookingKey: "q:0", limit: 100 });
    expect(booked).toHaveLength(20);

    await rollBackFlag({ flagName: FLAG, trigger: "manual", actor: STAFF, reason: "canary errors" });

    for (const job of booked) {
      const { result, error } = await engineFor({
        userId: job.userId,
        weekStart: job.weekStart,
        scheduledJobId: job.scheduledJobId,
        trigger: "scheduled",
      }).execute();
      expect(error).toBeUndefined();
      expect(result).toMatchObject({ outcome: "cancelled" });
    }
    expect(await db.mealPlan.count()).toBe(0);
    expect(await db.jobExecution.count({ where: { functionId: "generate-plan", status: "cancelled" } })).toBe(
      20,
    );
    // A late run never revives a job the rollback cancelled.
    expect(await db.scheduledJob.count({ where: { status: "cancelled" } })).toBe(20);
  });

  it("ends cancelled when its scheduled job was switched off after it was queued", async () => {
    await db.featureFlag.create({ data: { flagName: FLAG, enabledGlobally: true } });
    await makePerson("ann");
    const job = await db.scheduledJob.create({
      data: { userId: "ann", jobType: "WeeklyGeneration", status: "pending", enabled: false },
    });
    const { result } = await engineFor({
      userId: "ann",
      weekStart: "2026-11-30",
      scheduledJobId: job.id,
    }).execute();
    expect(result).toMatchObject({ outcome: "cancelled", reason: expect.stringMatching(/disabled/) });
    expect(await db.mealPlan.count()).toBe(0);
  });
});
