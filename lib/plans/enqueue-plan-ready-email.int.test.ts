import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PlanReadyPayloadSchema } from "@/lib/email";
import { enqueuePlanReadyEmail } from "@/lib/plans";
import { resetDatabase } from "@/test/reset-database";

const WEEK = "2026-11-30";

async function makePlan(options: { hasTargets: boolean }) {
  await db.user.create({
    data: {
      id: "sam",
      name: "Sam Doe",
      email: "sam@example.com",
      ...(options.hasTargets
        ? { nutritionTarget: { create: { kcal: 2000, proteinG: 120, carbsG: 220, fatG: 70 } } }
        : {}),
    },
  });
  const recipe = await db.recipe.create({
    data: {
      slug: "porridge",
      name: "Porridge",
      slots: ["breakfast", "lunch", "dinner"],
      diet: "vegan",
      prepMinutes: 5,
      cookMinutes: 5,
      servings: 1,
      kcalPerServing: 500,
      proteinGPerServing: 20,
      carbsGPerServing: 80,
      fatGPerServing: 10,
    },
  });
  // Two days, written out of order; day 1 has two meals with fractional macros that only round as a sum.
  const meals = [
    { dayIndex: 1, slot: "dinner", kcal: 700.4, proteinG: 40.3, carbsG: 90.2, fatG: 25.3 },
    { dayIndex: 0, slot: "breakfast", kcal: 1900, proteinG: 110, carbsG: 230, fatG: 66 },
    { dayIndex: 1, slot: "breakfast", kcal: 1350.4, proteinG: 79.3, carbsG: 120.4, fatG: 40.3 },
  ] as const;
  return db.mealPlan.create({
    data: {
      userId: "sam",
      weekStart: new Date(`${WEEK}T00:00:00Z`),
      status: "ready",
      meals: {
        create: meals.map((meal) => ({
          ...meal,
          date: new Date(Date.UTC(2026, 10, 30 + meal.dayIndex)),
          recipeId: recipe.id,
          servings: 1,
        })),
      },
    },
  });
}

describe("enqueuePlanReadyEmail", () => {
  beforeEach(resetDatabase);

  it("puts each day's four macro totals and the person's targets in the payload", async () => {
    const plan = await makePlan({ hasTargets: true });
    const { outboxId, status } = await enqueuePlanReadyEmail(plan.id);
    expect(status).toBe("pending");
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id: outboxId } });
    const payload = PlanReadyPayloadSchema.parse(row.payload);
    expect(payload.targets).toEqual({ kcal: 2000, proteinG: 120, carbsG: 220, fatG: 70 });
    expect(payload.days).toEqual([
      { date: "2026-11-30", kcal: 1900, proteinG: 110, carbsG: 230, fatG: 66 },
      { date: "2026-12-01", kcal: 2051, proteinG: 120, carbsG: 211, fatG: 66 },
    ]);
    expect(payload).toMatchObject({ daysPlanned: 2, mealsPlanned: 3, avgKcal: 1975, targetKcal: 2000 });
  });

  it("leaves the daily table out when the person has no stored targets", async () => {
    const plan = await makePlan({ hasTargets: false });
    const { outboxId } = await enqueuePlanReadyEmail(plan.id);
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id: outboxId } });
    const payload = PlanReadyPayloadSchema.parse(row.payload);
    expect(payload.days).toBeUndefined();
    expect(payload.targets).toBeUndefined();
  });
});
