import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { generatePlanForUser, generatePlansForUsers, getLatestPlan, getPlanWeek } from "@/lib/plans";
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

  it("dislikes typed as words keep every ingredient of that family off the week", async () => {
    await makePerson("ann");
    await db.dietaryPreference.update({
      where: { userId: "ann" },
      data: { diet: "omnivore", allergens: [], dislikes: ["Chicken", "beef"] },
    });
    const { mealPlanId } = await generatePlanForUser("ann", "2026-11-30");
    const lines = await db.recipeIngredient.findMany({
      where: { recipe: { plannedMeals: { some: { mealPlanId } } } },
      select: { ingredient: { select: { slug: true, name: true } } },
    });
    const names = lines.map((l) => l.ingredient.name.toLowerCase());
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => n.includes("chicken") || n.includes("beef"))).toEqual([]);
  });

  it("says which targets the week cannot meet, and why, on the plan people see", async () => {
    await makePerson("ann");
    // Vegan with every allergen excluded and high protein: the catalogue cannot reach it.
    await db.nutritionTarget.update({
      where: { userId: "ann" },
      data: { kcal: 2400, proteinG: 200, carbsG: 220, fatG: 78 },
    });
    await db.dietaryPreference.update({
      where: { userId: "ann" },
      data: {
        diet: "vegan",
        allergens: ["gluten", "dairy", "egg", "nuts", "peanuts", "soy", "fish", "shellfish"],
      },
    });
    await generatePlanForUser("ann", "2026-11-30");
    const week = await getPlanWeek("ann");
    expect(week?.targetMisses.length).toBeGreaterThan(0);
    expect(week?.targetMisses.join(" ")).toMatch(/protein/i);
  });

  it("a reachable week lists no missed targets", async () => {
    await makePerson("ann");
    await generatePlanForUser("ann", "2026-11-30");
    expect((await getPlanWeek("ann"))?.targetMisses).toEqual([]);
  });

  describe("in bulk (the weekly loop's batches)", () => {
    it("plans a batch in one write, the same week a single run makes; people who cannot be planned fail alone", async () => {
      await makePerson("ann");
      await makePerson("bob", { mealsPerDay: 3 });
      await db.user.create({ data: { id: "eve", email: "eve@example.com", name: "Eve" } });
      const outcomes = await generatePlansForUsers(["ann", "bob", "eve", "nobody", "ann"], "2026-11-30");

      const byUser = new Map(outcomes.map((o) => [o.userId, o]));
      expect(outcomes).toHaveLength(4);
      expect(byUser.get("eve")).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/targets/) },
      });
      expect(byUser.get("nobody")).toMatchObject({ ok: false, error: { message: "No user nobody." } });
      const ann = byUser.get("ann");
      if (!ann?.ok) throw new Error("ann was not planned");
      expect(ann.planMs).toBeGreaterThan(0);
      expect(await db.plannedMeal.count({ where: { mealPlanId: ann.plan.mealPlanId } })).toBe(7 * 4);
      const bob = byUser.get("bob");
      if (!bob?.ok) throw new Error("bob was not planned");
      expect(await db.plannedMeal.count({ where: { mealPlanId: bob.plan.mealPlanId } })).toBe(7 * 3);
      expect(await db.groceryItem.count({ where: { mealPlanId: bob.plan.mealPlanId } })).toBeGreaterThan(10);
      expect(await db.prepTask.count({ where: { mealPlanId: bob.plan.mealPlanId } })).toBeGreaterThan(0);

      // Same person, week and seed: the single path stores the identical week over it.
      const mealsOf = (mealPlanId: string) =>
        db.plannedMeal.findMany({
          where: { mealPlanId },
          orderBy: [{ dayIndex: "asc" }, { slot: "asc" }, { slotIndex: "asc" }],
          select: { recipeId: true, servings: true, kcal: true },
        });
      const batchMeals = await mealsOf(ann.plan.mealPlanId);
      const single = await generatePlanForUser("ann", "2026-11-30");
      expect(single.mealPlanId).toBe(ann.plan.mealPlanId);
      expect(await mealsOf(single.mealPlanId)).toEqual(batchMeals);
      expect(single.meanAbsDeviationPct).toBe(ann.plan.meanAbsDeviationPct);
      expect(await db.mealPlan.count()).toBe(2);
    });

    it("avoids each person's own last week", async () => {
      await makePerson("ann");
      await makePerson("bob");
      const [first] = await generatePlansForUsers(["ann"], "2026-11-23");
      if (!first?.ok) throw new Error("no first week");
      const lastWeek = new Set(
        (await db.plannedMeal.findMany({ where: { mealPlanId: first.plan.mealPlanId } })).map(
          (m) => m.recipeId,
        ),
      );
      const next = await generatePlansForUsers(["ann", "bob"], "2026-11-30");
      const annNext = next.find((o) => o.userId === "ann");
      const bobNext = next.find((o) => o.userId === "bob");
      if (!annNext?.ok || !bobNext?.ok) throw new Error("no next weeks");
      const recipesOf = async (mealPlanId: string) =>
        new Set((await db.plannedMeal.findMany({ where: { mealPlanId } })).map((m) => m.recipeId));
      const annRepeats = [...(await recipesOf(annNext.plan.mealPlanId))].filter((r) => lastWeek.has(r));
      const bobShared = [...(await recipesOf(bobNext.plan.mealPlanId))].filter((r) => lastWeek.has(r));
      // Bob has no last week, so ann's recipes are open to him; ann avoids hers.
      expect(annRepeats.length).toBeLessThan(bobShared.length);
    });

    it("when the batch's write fails, writes each week alone: only the week that cannot be stored is lost", async () => {
      await makePerson("ann");
      await makePerson("bob");
      await makePerson("cat");
      // A real write failure for one person's row, raised by Postgres inside the batch's transaction.
      await db.$executeRawUnsafe(`
        CREATE OR REPLACE FUNCTION refuse_bob_plan() RETURNS trigger AS $$
        BEGIN
          IF NEW.user_id = 'bob' THEN RAISE EXCEPTION 'bob''s plan cannot be stored'; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql`);
      await db.$executeRawUnsafe(
        `CREATE TRIGGER refuse_bob_plan BEFORE INSERT ON meal_plans FOR EACH ROW EXECUTE FUNCTION refuse_bob_plan()`,
      );
      try {
        const outcomes = await generatePlansForUsers(["ann", "bob", "cat"], "2026-11-30");
        expect(outcomes.map((o) => [o.userId, o.ok])).toEqual([
          ["ann", true],
          ["bob", false],
          ["cat", true],
        ]);
        expect(
          (await db.mealPlan.findMany({ select: { userId: true } })).map((p) => p.userId).sort(),
        ).toEqual(["ann", "cat"]);
        const bobMeals = await db.plannedMeal.count({ where: { mealPlan: { userId: "bob" } } });
        expect(bobMeals).toBe(0);
      } finally {
        await db.$executeRawUnsafe(`DROP TRIGGER refuse_bob_plan ON meal_plans`);
        await db.$executeRawUnsafe(`DROP FUNCTION refuse_bob_plan()`);
      }
    });
  });
});
