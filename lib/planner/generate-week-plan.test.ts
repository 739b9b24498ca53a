import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDietCompatible } from "@/lib/catalogue/types";
import { PlannerError } from "./errors";
import { findRuleViolations } from "./find-rule-violations";
import { generateWeekPlan } from "./generate-week-plan";
import type { PlanRequest } from "./parse-plan-request";
import { regenerateWeekPlan } from "./regenerate-week-plan";
import { swapMeal } from "./swap-meal";
import { TEST_CATALOGUE, TEST_EFFORT, planRequestArb } from "./testing/arbitraries";
import { MACRO_KEYS, type WeekPlan } from "./types";

const byId = new Map(TEST_CATALOGUE.map((r) => [r.id, r]));

/** A plan, or null when the catalogue has no recipe at all for a slot (the one allowed refusal). */
function planOrNull(request: PlanRequest): WeekPlan | null {
  try {
    return generateWeekPlan(request, TEST_CATALOGUE, TEST_EFFORT);
  } catch (error) {
    if (error instanceof PlannerError && error.code === "NO_RECIPES_FOR_SLOT") return null;
    throw error;
  }
}

const RUNS = { numRuns: 25, seed: 20240601 };

describe("generateWeekPlan (properties)", () => {
  it("respects diet, allergens and dislikes in every meal", () => {
    fc.assert(
      fc.property(planRequestArb, (request) => {
        const plan = planOrNull(request);
        if (!plan) return;
        for (const meal of plan.days.flatMap((d) => d.meals)) {
          const recipe = byId.get(meal.recipeId);
          expect(recipe).toBeDefined();
          if (!recipe) return;
          expect(isDietCompatible(recipe.diet, request.diet)).toBe(true);
          expect(recipe.allergens.filter((a) => request.excludeAllergens?.includes(a))).toEqual([]);
          const slugs = recipe.ingredients.map((i) => i.ingredientSlug);
          expect(slugs.filter((s) => request.dislikedIngredients?.includes(s))).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it("obeys every rule not explicitly relaxed: variety, spacing, time, leftovers, last week", () => {
    fc.assert(
      fc.property(planRequestArb, (request) => {
        const plan = planOrNull(request);
        if (!plan) return;
        expect(findRuleViolations(plan, request, TEST_CATALOGUE)).toEqual([]);
        // Any loosened rule is explained to the user.
        const base = request.variety?.maxUsesPerWeek ?? 2;
        for (const [slot, limit] of Object.entries(plan.rules.maxUsesPerWeek)) {
          if (limit > base)
            expect(plan.relaxations.some((r) => r.rule === "variety-limit" && r.mealSlot === slot)).toBe(
              true,
            );
        }
        for (const slot of plan.rules.consecutiveAllowed) {
          expect(plan.relaxations.some((r) => r.rule === "consecutive-days" && r.mealSlot === slot)).toBe(
            true,
          );
        }
        if (plan.rules.timeLimitOverrides.length > 0) {
          expect(plan.relaxations.some((r) => r.rule === "time-limit")).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("reports day totals that are the sum of servings × per-serving macros", () => {
    fc.assert(
      fc.property(planRequestArb, (request) => {
        const plan = planOrNull(request);
        if (!plan) return;
        for (const day of plan.days) {
          for (const key of MACRO_KEYS) {
            const sum = day.meals.reduce(
              (s, m) => s + (byId.get(m.recipeId)?.perServing[key] ?? NaN) * m.servings,
              0,
            );
            expect(day.totals[key]).toBeCloseTo(sum, 6);
            expect(day.deviationPct[key]).toBeCloseTo(
              (100 * (sum - plan.targets[key])) / plan.targets[key],
              6,
            );
          }
        }
      }),
      RUNS,
    );
  });

  it("is deterministic for a seed", () => {
    fc.assert(
      fc.property(planRequestArb, (request) => {
        const a = planOrNull(request);
        const b = planOrNull(request);
        expect(b).toEqual(a);
      }),
      { ...RUNS, numRuns: 10 },
    );
  });

  it("swapping a meal changes only that slot (and a dinner's own leftover lunch)", () => {
    fc.assert(
      fc.property(planRequestArb, fc.nat(6), fc.nat(4), (request, d, k) => {
        const plan = planOrNull(request);
        if (!plan) return;
        const day = plan.days[d];
        const meal = day?.meals[k % day.meals.length];
        if (!day || !meal) return;
        let swapped: WeekPlan;
        try {
          swapped = swapMeal(plan, day.day, meal.slot, request, TEST_CATALOGUE);
        } catch (error) {
          expect(error).toBeInstanceOf(PlannerError);
          expect((error as PlannerError).code).toBe("NO_ALTERNATIVE");
          return;
        }
        const after = swapped.days[d]?.meals.find((m) => m.slot === meal.slot);
        expect(after?.recipeId).not.toBe(meal.recipeId);
        const allowed = new Set([`${day.day}:${meal.slot}`]);
        if (meal.leftoverFor) allowed.add(`${meal.leftoverFor.day}:${meal.leftoverFor.slot}`);
        plan.days.forEach((before, i) => {
          before.meals.forEach((m, j) => {
            if (allowed.has(`${before.day}:${m.slot}`)) return;
            const now = swapped.days[i]?.meals[j];
            expect([now?.recipeId, now?.servings]).toEqual([m.recipeId, m.servings]);
          });
        });
        expect(findRuleViolations(swapped, request, TEST_CATALOGUE)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("keeps locked meals, and regenerating keeps the meals asked for", () => {
    fc.assert(
      fc.property(planRequestArb, fc.nat(34), fc.nat(34), (request, x, y) => {
        const plan = planOrNull(request);
        if (!plan) return;
        const S = plan.slots.length;
        const keep = [...new Set([x % (7 * S), y % (7 * S)])].flatMap((n) => {
          const day = plan.days[Math.floor(n / S)];
          const meal = day?.meals[n % S];
          // A leftover lunch is kept through its dinner.
          if (!day || !meal || meal.leftoverOf) return [];
          return [{ day: day.day, slot: meal.slot, recipeId: meal.recipeId, servings: meal.servings }];
        });
        const regenerated = regenerateWeekPlan(plan, keep, request, TEST_CATALOGUE, TEST_EFFORT);
        const locked = { ...request, lockedMeals: keep };
        const lockedPlan = generateWeekPlan(locked, TEST_CATALOGUE, TEST_EFFORT);
        for (const result of [regenerated, lockedPlan]) {
          for (const k of keep) {
            const meal = result.days.find((d) => d.day === k.day)?.meals.find((m) => m.slot === k.slot);
            expect([meal?.recipeId, meal?.servings, meal?.locked]).toEqual([k.recipeId, k.servings, true]);
          }
        }
        expect(findRuleViolations(lockedPlan, locked, TEST_CATALOGUE)).toEqual([]);
      }),
      { ...RUNS, numRuns: 15 },
    );
  });
});
