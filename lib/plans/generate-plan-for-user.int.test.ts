import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { generatePlanForUser, getLatestPlan } from "@/lib/plans";
import { seedCatalogue } from "@/prisma/seed/seed-catalogue";
import { resetDatabase } from "@/test/reset-database";

async function makePerson(id: string, overrides: { mealsPerDay?: number; timeZone?: string } = {}) {
  return db.user.create({
    data: {
      id,
      email: `${id}@example.com`,
      name: id,
      nutritionTarget: { create: { kcal: 2200, proteinG: 140, carbsG: 240, fatG: 75 } },
      dietaryPreference: {
        create: {
          diet: "vegetarian",
          allergens: ["nuts"],
          mealsPerDay: overrides.mealsPerDay ?? 4,
          householdSize: 2,
          timeZone: overrides.timeZone ?? "Europe/Berlin",
        },
      },
    },
  });
}

describe("the weekly loop", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedCatalogue(db);
  });
  beforeEach(async () => {
    await db.user.deleteMany();
    await db.scheduledJob.deleteMany();
    await db.featureFlag.deleteMany();
  });

  it("plans a week, with grocery list and prep tasks, in one go; a rerun replaces it", async () => {
    await makePerson("ann");
    const first = await generatePlanForUser("ann", "2026-11-30");
    const plan = await getLatestPlan("ann");
    expect(plan?.id).toBe(first.mealPlanId);
    expect(plan?.meals).toHaveLength(7 * 4);
    expect(new Set(plan?.meals.map((m) => m.dayIndex))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    expect(plan?.groceryItems.length).toBeGreaterThan(10);
    expect(first.meanAbsDeviationPct).toBeLessThan(10);

    // Every meal respects the diet and the allergen exclusion.
    const recipes = await db.plannedMeal.findMany({
      where: { mealPlanId: first.mealPlanId },
      select: { recipe: { select: { diet: true, allergens: true } } },
    });
    for (const { recipe } of recipes) {
      expect(["vegan", "vegetarian"]).toContain(recipe.diet);
      expect(recipe.allergens).not.toContain("nuts");
    }

    const again = await generatePlanForUser("ann", "2026-11-30");
    expect(again.mealPlanId).toBe(first.mealPlanId);
    expect(await db.plannedMeal.count({ where: { mealPlanId: first.mealPlanId } })).toBe(7 * 4);
    expect(await db.mealPlan.count({ where: { userId: "ann" } })).toBe(1);
  });

  it("shows a person only their own plan", async () => {
    await makePerson("ann");
    await makePerson("bob");
    await generatePlanForUser("ann", "2026-11-30");
    expect(await getLatestPlan("bob")).toBeNull();
  });

  it("refuses to plan without targets, with a message the person can act on", async () => {
    await db.user.create({ data: { id: "eve", email: "eve@example.com", name: "Eve" } });
    await expect(generatePlanForUser("eve", "2026-11-30")).rejects.toThrow(AppError);
    await expect(generatePlanForUser("eve", "2026-11-30")).rejects.toThrow(/targets/);
    expect(await db.mealPlan.count()).toBe(0);
  });
});
