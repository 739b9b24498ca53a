import { describe, expect, it } from "vitest";
import { findRuleViolations } from "./find-rule-violations";
import { generateWeekPlan } from "./generate-week-plan";
import type { PlanRequest } from "./parse-plan-request";
import { regenerateWeekPlan } from "./regenerate-week-plan";
import { swapMeal } from "./swap-meal";
import { makeRecipe, makeSyntheticCatalogue } from "./testing/synthetic-catalogue";

const TARGETS = { kcal: 2200, proteinG: 120, carbsG: 260, fatG: 75 };
const EFFORT = { workBudget: 20_000 };
const catalogue = makeSyntheticCatalogue({ size: 120, seed: 9 });

describe("swapMeal", () => {
  const request: PlanRequest = {
    targets: TARGETS,
    diet: "omnivore",
    snacks: 1,
    leftovers: { cookDays: ["mon"] },
    lockedMeals: [
      {
        day: "wed",
        slot: "lunch",
        recipeId: catalogue.find((r) => r.slots.includes("lunch"))?.id ?? "",
        servings: 1,
      },
    ],
    seed: 2,
  };
  const plan = generateWeekPlan(request, catalogue, EFFORT);

  it("refuses to swap a locked meal", () => {
    expect(() => swapMeal(plan, "wed", "lunch", request, catalogue)).toThrowError(
      expect.objectContaining({ code: "MEAL_LOCKED" }),
    );
  });

  it("moves a leftover dinner together with its lunch, and a swapped leftover lunch ends the link", () => {
    const dinner = swapMeal(plan, "mon", "dinner", request, catalogue);
    const monDinner = dinner.days[0]?.meals.find((m) => m.slot === "dinner");
    const tueLunch = dinner.days[1]?.meals.find((m) => m.slot === "lunch");
    expect(monDinner?.recipeId).not.toBe(plan.days[0]?.meals.find((m) => m.slot === "dinner")?.recipeId);
    expect(tueLunch?.recipeId).toBe(monDinner?.recipeId);
    expect(tueLunch?.leftoverOf).toEqual({ day: "mon", slot: "dinner" });
    expect(monDinner?.batchServings).toBe((monDinner?.servings ?? 0) + (tueLunch?.servings ?? 0));

    const lunch = swapMeal(plan, "tue", "lunch", request, catalogue);
    expect(lunch.days[1]?.meals.find((m) => m.slot === "lunch")?.leftoverOf).toBeUndefined();
    expect(lunch.days[0]?.meals.find((m) => m.slot === "dinner")?.leftoverFor).toBeUndefined();
    expect(findRuleViolations(lunch, request, catalogue)).toEqual([]);
  });

  it("says so when no other recipe fits", () => {
    const tiny = [
      makeRecipe({ id: "b", slots: ["breakfast"] }),
      makeRecipe({ id: "b2", slots: ["breakfast"] }),
      makeRecipe({ id: "b3", slots: ["breakfast"] }),
      makeRecipe({ id: "b4", slots: ["breakfast"] }),
      ...Array.from({ length: 8 }, (_, i) => makeRecipe({ id: `m${i}`, slots: ["lunch", "dinner"] })),
    ];
    const small: PlanRequest = { targets: TARGETS, diet: "vegan", seed: 1 };
    const week = generateWeekPlan(small, tiny, EFFORT);
    // Four breakfasts, each at most twice and never on neighbouring days: a swap has nowhere to go.
    const all = ["b", "b2", "b3", "b4"];
    const mon = week.days[0]?.meals[0]?.recipeId ?? "";
    expect(() =>
      swapMeal(week, "mon", "breakfast", small, tiny, { exclude: all.filter((id) => id !== mon) }),
    ).toThrowError(expect.objectContaining({ code: "NO_ALTERNATIVE" }));
  });

  it("regenerating gives a different week but keeps what was kept", () => {
    const again = regenerateWeekPlan(plan, [{ day: "fri", slot: "dinner" }], request, catalogue, EFFORT);
    expect(again.days[4]?.meals.find((m) => m.slot === "dinner")).toMatchObject({
      recipeId: plan.days[4]?.meals.find((m) => m.slot === "dinner")?.recipeId,
      locked: true,
    });
    expect(again.seed).toBe(plan.seed + 1);
    expect(again.days.map((d) => d.meals.map((m) => m.recipeId))).not.toEqual(
      plan.days.map((d) => d.meals.map((m) => m.recipeId)),
    );
    expect(findRuleViolations(again, request, catalogue)).toEqual([]);
  });
});
