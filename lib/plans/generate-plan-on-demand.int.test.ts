import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { generatePlanOnDemand } from "@/lib/plans";
import { seedCatalogue } from "@/prisma/seed/seed-catalogue";
import { resetDatabase } from "@/test/reset-database";
import { resetFlagCache } from "@/test/reset-flag-cache";

const FLAG = "phase3_generation_engine";
// Wednesday 2 December 2026, 10:00 in Berlin: the current week starts Monday 30 November.
const NOW = new Date("2026-12-02T09:00:00Z");

async function makePerson(id: string) {
  await db.user.create({
    data: {
      id,
      email: `${id}@example.com`,
      name: id,
      nutritionTarget: { create: { kcal: 2100, proteinG: 130, carbsG: 230, fatG: 72 } },
      dietaryPreference: { create: { diet: "vegetarian", timeZone: "Europe/Berlin" } },
    },
  });
}

describe("a plan on demand", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedCatalogue(db);
  });
  beforeEach(async () => {
    await db.user.deleteMany();
    await db.jobExecution.deleteMany();
    await db.featureFlag.deleteMany();
    resetFlagCache();
    await db.rateLimiterFlexible.deleteMany();
  });

  it("is not made for a person the flag does not enable", async () => {
    await db.featureFlag.create({ data: { flagName: FLAG } });
    await makePerson("ann");
    expect(await generatePlanOnDemand({ userId: "ann" }, NOW)).toEqual({ status: "not_enabled" });
    expect(await db.mealPlan.count()).toBe(0);
  });

  it("makes this week's plan now, recorded as an on-demand WeeklyGeneration run; a second call finds it", async () => {
    await db.featureFlag.create({ data: { flagName: FLAG } });
    await makePerson("ann");
    await db.userFeatureFlag.create({ data: { userId: "ann", flagName: FLAG, enabled: true } });
    const made = await generatePlanOnDemand({ userId: "ann" }, NOW);
    expect(made).toMatchObject({ status: "generated", weekStart: "2026-11-30" });
    const plan = await db.mealPlan.findFirstOrThrow({ where: { userId: "ann" }, include: { meals: true } });
    expect(plan.weekStart.toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(plan.meals).toHaveLength(21);
    expect(
      await db.jobExecution.findMany({
        select: { jobType: true, trigger: true, status: true, userId: true },
      }),
    ).toEqual([{ jobType: "WeeklyGeneration", trigger: "on_demand", status: "completed", userId: "ann" }]);
    expect(await generatePlanOnDemand({ userId: "ann" }, NOW)).toEqual({
      status: "exists",
      mealPlanId: plan.id,
      weekStart: "2026-11-30",
    });
  });

  it("limits a person to 10 plans an hour, with a message that says when to try again", async () => {
    await db.featureFlag.create({ data: { flagName: FLAG, enabledGlobally: true } });
    await makePerson("ann");
    await makePerson("bob");
    for (let i = 0; i < 10; i += 1) {
      expect((await generatePlanOnDemand({ userId: "ann", replaceExisting: true }, NOW)).status).toBe(
        "generated",
      );
    }
    const refused = await generatePlanOnDemand({ userId: "ann", replaceExisting: true }, NOW).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("RATE_LIMITED");
    expect((refused as AppError).message).toMatch(/10 plans an hour\. Try again in \d+ min\./);
    // Someone else is not affected.
    expect((await generatePlanOnDemand({ userId: "bob" }, NOW)).status).toBe("generated");
    expect(await db.mealPlan.count({ where: { userId: "ann" } })).toBe(1);
  });
});
