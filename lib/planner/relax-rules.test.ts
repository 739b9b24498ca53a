import { describe, expect, it } from "vitest";
import type { CatalogueRecipe } from "@/lib/catalogue/types";
import { PlannerError } from "./errors";
import { findRuleViolations } from "./find-rule-violations";
import { generateWeekPlan } from "./generate-week-plan";
import type { PlanRequest } from "./parse-plan-request";
import { makeRecipe, makeSyntheticCatalogue } from "./testing/synthetic-catalogue";

const TARGETS = { kcal: 2000, proteinG: 100, carbsG: 250, fatG: 67 };
const EFFORT = { workBudget: 20_000 };

function veganFreeFrom(): CatalogueRecipe[] {
  // 12 recipes that are vegan and free of nuts, soy and gluten, plus decoys that are not.
  const safe = [
    ...["b1", "b2", "b3"].map((id) => makeRecipe({ id, slots: ["breakfast"], kcal: 450 })),
    ...["l1", "l2", "l3", "l4"].map((id) => makeRecipe({ id, slots: ["lunch", "dinner"], kcal: 650 })),
    ...["d1", "d2", "d3", "d4", "d5"].map((id) => makeRecipe({ id, slots: ["dinner"], kcal: 800 })),
  ];
  const decoys = [
    makeRecipe({ id: "tofu-bowl", slots: ["breakfast", "lunch", "dinner"], allergens: ["soy"] }),
    makeRecipe({ id: "nut-oats", slots: ["breakfast"], allergens: ["nuts", "gluten"] }),
    makeRecipe({ id: "chicken", slots: ["lunch", "dinner"], diet: "omnivore" }),
  ];
  return [...safe, ...decoys];
}

function plan(request: PlanRequest, catalogue: CatalogueRecipe[]) {
  const result = generateWeekPlan(request, catalogue, EFFORT);
  expect(findRuleViolations(result, request, catalogue)).toEqual([]);
  return result;
}

describe("relaxations on thin catalogues", () => {
  it("vegan without nuts, soy and gluten from 12 recipes: plans the week and says what it loosened", () => {
    const request: PlanRequest = {
      targets: TARGETS,
      diet: "vegan",
      excludeAllergens: ["nuts", "soy", "gluten"],
      seed: 1,
    };
    const result = plan(request, veganFreeFrom());
    const ids = result.days.flatMap((d) => d.meals.map((m) => m.recipeId));
    expect(ids.some((id) => ["tofu-bowl", "nut-oats", "chicken"].includes(id))).toBe(false);
    // 3 breakfasts cannot cover 7 mornings at 2× a week; the breakfast limit grows, nothing else does.
    expect(result.relaxations).toEqual([
      expect.objectContaining({
        rule: "variety-limit",
        mealSlot: "breakfast",
        maxUsesPerWeek: 3,
        message:
          "only 3 vegan breakfasts without nuts, soy or gluten fit: a breakfast recipe may appear up to 3× this week",
      }),
    ]);
    expect(result.rules.maxUsesPerWeek.dinner).toBe(2);
  });

  it("a scarce quick breakfast stretches the weekday time limit on named days, by the smallest step", () => {
    const catalogue = [
      makeRecipe({ id: "quick", slots: ["breakfast"], minutes: 8, kcal: 450 }),
      ...["slow-a", "slow-b", "slow-c", "slow-d"].map((id) =>
        makeRecipe({ id, slots: ["breakfast"], minutes: 15, kcal: 450 }),
      ),
      ...Array.from({ length: 10 }, (_, i) =>
        makeRecipe({ id: `main-${i}`, slots: ["lunch", "dinner"], kcal: 700 + 10 * i }),
      ),
    ];
    const request: PlanRequest = {
      targets: TARGETS,
      diet: "vegan",
      timeLimits: { weekday: { breakfast: 10 } },
      seed: 3,
    };
    const result = plan(request, catalogue);
    const time = result.relaxations.find((r) => r.rule === "time-limit");
    expect(time?.message).toMatch(
      /^only 1 vegan breakfast within 10 minutes: allowed 15 minutes on [A-Z][a-z]{2}(\/[A-Z][a-z]{2})*$/,
    );
    expect(time?.minutes).toBe(15);
    // Weekdays without a relaxation still get the quick breakfast.
    const relaxedDays = new Set(time?.meals?.map((m) => m.day));
    for (const day of result.days.slice(0, 5)) {
      if (!relaxedDays.has(day.day)) expect(day.meals[0]?.recipeId).toBe("quick");
    }
  });

  it("brings back last week's recipes only when it must, and says so", () => {
    const catalogue = [
      ...["b1", "b2", "b3", "b4"].map((id) => makeRecipe({ id, slots: ["breakfast"], kcal: 450 })),
      ...Array.from({ length: 10 }, (_, i) =>
        makeRecipe({ id: `main-${i}`, slots: ["lunch", "dinner"], kcal: 700 }),
      ),
    ];
    const request: PlanRequest = {
      targets: TARGETS,
      diet: "vegan",
      lastWeekRecipeIds: ["b1", "b2", "main-0"],
      seed: 5,
    };
    const result = plan(request, catalogue);
    expect(result.relaxations.map((r) => [r.rule, r.mealSlot])).toEqual([
      ["last-week-avoidance", "breakfast"],
    ]);
    expect(result.relaxations[0]?.message).toBe(
      "only 2 vegan breakfasts besides last week's: some of last week's breakfast recipes come back",
    );
    const mains = result.days.flatMap((d) =>
      d.meals.filter((m) => m.slot !== "breakfast").map((m) => m.recipeId),
    );
    expect(mains).not.toContain("main-0");
  });

  it("lifts the weekly limit as a last resort when a slot has a single recipe", () => {
    const catalogue = [
      makeRecipe({ id: "only-snack", slots: ["snack"], kcal: 200 }),
      ...makeSyntheticCatalogue({ size: 80, seed: 2 }).filter((r) => !r.slots.includes("snack")),
    ];
    const request: PlanRequest = { targets: TARGETS, diet: "omnivore", snacks: 1, seed: 8 };
    const result = plan(request, catalogue);
    const rules = result.relaxations.filter((r) => r.mealSlot === "snack").map((r) => r.rule);
    expect(rules).toEqual(["variety-limit", "consecutive-days"]);
    expect(result.rules.maxUsesPerWeek.snack).toBe(7);
  });
});

describe("typed refusals", () => {
  const catalogue = makeSyntheticCatalogue({ size: 60, seed: 4 });

  it("an empty slot is NO_RECIPES_FOR_SLOT, naming the slot", () => {
    const noSnacks = catalogue.filter((r) => !r.slots.includes("snack"));
    expect(() => generateWeekPlan({ targets: TARGETS, diet: "vegan", snacks: 1 }, noSnacks)).toThrowError(
      expect.objectContaining({ code: "NO_RECIPES_FOR_SLOT", message: expect.stringContaining("snack") }),
    );
  });

  it.each([
    [{ ...TARGETS, kcal: -200 }, /daily kcal must be at least 800/],
    [{ ...TARGETS, kcal: 25_000 }, /daily kcal must be at most 6000/],
    [{ ...TARGETS, proteinG: 2000 }, /daily protein must be at most 400 g/],
    [
      { kcal: 2000, proteinG: 300, carbsG: 400, fatG: 150 },
      /add up to 4150 kcal .* but the energy target is 2000 kcal/,
    ],
  ])("targets %j are INVALID_TARGETS", (targets, message) => {
    try {
      generateWeekPlan({ targets, diet: "vegan" }, catalogue);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlannerError);
      expect((error as PlannerError).code).toBe("INVALID_TARGETS");
      expect((error as PlannerError).message).toMatch(message);
    }
  });

  it("other bad input is INVALID_INPUT; an unknown or unsafe locked recipe is refused", () => {
    const bad = { targets: TARGETS, diet: "carnivore" } as unknown as PlanRequest;
    expect(() => generateWeekPlan(bad, catalogue)).toThrowError(
      expect.objectContaining({ code: "INVALID_INPUT" }),
    );
    const locked = (recipeId: string): PlanRequest => ({
      targets: TARGETS,
      diet: "vegan",
      lockedMeals: [{ day: "mon", slot: "lunch", recipeId, servings: 1 }],
    });
    expect(() => generateWeekPlan(locked("nope"), catalogue)).toThrowError(
      expect.objectContaining({ code: "UNKNOWN_RECIPE" }),
    );
    const meat = catalogue.find((r) => r.diet === "omnivore");
    expect(meat).toBeDefined();
    expect(() => generateWeekPlan(locked(meat?.id ?? ""), catalogue)).toThrowError(
      expect.objectContaining({
        code: "INVALID_INPUT",
        message: expect.stringContaining("is omnivore, not vegan"),
      }),
    );
  });
});

describe("relaxation limits", () => {
  it("plans leftovers even from a single dinner recipe, lifting limits only for dinners", () => {
    const catalogue = [
      makeRecipe({ id: "stew", slots: ["dinner"], kcal: 800 }),
      ...["b1", "b2", "b3", "b4"].map((id) => makeRecipe({ id, slots: ["breakfast"], kcal: 450 })),
      ...["l1", "l2", "l3", "l4"].map((id) => makeRecipe({ id, slots: ["lunch"], kcal: 650 })),
    ];
    const request: PlanRequest = {
      targets: TARGETS,
      diet: "vegan",
      leftovers: { cookDays: ["mon", "tue", "wed", "thu", "fri", "sat"] },
      seed: 2,
    };
    const result = plan(request, catalogue);
    expect(result.days.every((d) => d.meals.find((m) => m.slot === "dinner")?.recipeId === "stew")).toBe(
      true,
    );
    expect(result.relaxations.every((r) => r.mealSlot === "dinner")).toBe(true);
    expect(result.rules.maxUsesPerWeek.dinner).toBe(13);
  });
});
