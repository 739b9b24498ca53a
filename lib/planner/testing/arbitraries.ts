import fc from "fast-check";
import { ALLERGENS, DIETS, type CatalogueRecipe } from "@/lib/catalogue/types";
import type { PlanRequest } from "../parse-plan-request";
import { makeSyntheticCatalogue } from "./synthetic-catalogue";

/** One shared catalogue for property tests: big enough for every diet, small enough to be fast. */
export const TEST_CATALOGUE: CatalogueRecipe[] = makeSyntheticCatalogue({ size: 160, seed: 11 });

/** Effort for tests: correctness does not depend on search depth, and tests must stay fast. */
export const TEST_EFFORT = { workBudget: 30_000 };

const COOK_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** Realistic requests: every diet, common exclusions, 3–5 slots, time limits and leftovers. */
export const planRequestArb: fc.Arbitrary<PlanRequest> = fc
  .record({
    diet: fc.constantFrom(...DIETS),
    excludeAllergens: fc.subarray([...ALLERGENS], { maxLength: 2 }),
    dislikedIngredients: fc.subarray(["mushroom", "tofu", "salmon", "cheese", "rice"], { maxLength: 2 }),
    snacks: fc.integer({ min: 0, max: 2 }),
    kcal: fc.integer({ min: 1600, max: 3500 }),
    proteinShare: fc.double({ min: 0.15, max: 0.35, noNaN: true }),
    fatShare: fc.double({ min: 0.2, max: 0.4, noNaN: true }),
    breakfastMinutes: fc.option(fc.integer({ min: 5, max: 30 }), { nil: undefined }),
    dinnerMinutes: fc.option(fc.integer({ min: 15, max: 60 }), { nil: undefined }),
    cookDays: fc.subarray([...COOK_DAYS], { maxLength: 3 }),
    lastWeek: fc.subarray(
      TEST_CATALOGUE.slice(0, 40).map((r) => r.id),
      { maxLength: 12 },
    ),
    seed: fc.integer(),
  })
  .map((x) => ({
    targets: {
      kcal: x.kcal,
      proteinG: Math.round((x.kcal * x.proteinShare) / 4),
      fatG: Math.round((x.kcal * x.fatShare) / 9),
      carbsG: Math.round((x.kcal * (1 - x.proteinShare - x.fatShare)) / 4),
    },
    diet: x.diet,
    snacks: x.snacks,
    excludeAllergens: x.excludeAllergens,
    dislikedIngredients: x.dislikedIngredients,
    timeLimits: {
      weekday: {
        ...(x.breakfastMinutes ? { breakfast: x.breakfastMinutes } : {}),
        ...(x.dinnerMinutes ? { dinner: x.dinnerMinutes } : {}),
      },
    },
    leftovers: { cookDays: x.cookDays },
    lastWeekRecipeIds: x.lastWeek,
    seed: x.seed,
  }));
