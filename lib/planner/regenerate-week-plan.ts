import type { CatalogueRecipe } from "@/lib/catalogue/types";
import { generateWeekPlan, type GenerateWeekPlanOptions } from "./generate-week-plan";
import type { PlanRequest } from "./parse-plan-request";
import { DAY_NAMES, type DayName, type MealRef, type WeekPlan } from "./types";

export interface RegenerateWeekPlanOptions extends GenerateWeekPlanOptions {
  /** defaults to the plan's seed + 1, so regenerating gives a different week */
  seed?: number;
}

/**
 * Plans the week again around the meals to keep: they (and the request's own locks) are locked,
 * a kept leftover dinner keeps its next-day lunch and vice versa, everything else is re-planned.
 */
export function regenerateWeekPlan(
  plan: WeekPlan,
  keep: readonly MealRef[],
  request: PlanRequest,
  catalogue: readonly CatalogueRecipe[],
  options: RegenerateWeekPlanOptions = {},
): WeekPlan {
  const key = (ref: MealRef): string => `${ref.day}:${ref.slot}`;
  const kept = new Set(keep.map(key));
  // A leftover pair stays together.
  for (const day of plan.days) {
    for (const meal of day.meals) {
      const ref = { day: day.day, slot: meal.slot };
      if (!kept.has(key(ref))) continue;
      if (meal.leftoverFor) kept.add(key(meal.leftoverFor));
      if (meal.leftoverOf) kept.add(key(meal.leftoverOf));
    }
  }
  const locks = [...(request.lockedMeals ?? [])];
  const locked = new Set(locks.map((l) => key(l)));
  for (const day of plan.days) {
    for (const meal of day.meals) {
      const ref = { day: day.day, slot: meal.slot };
      if ((kept.has(key(ref)) || meal.locked) && !locked.has(key(ref))) {
        locks.push({ ...ref, recipeId: meal.recipeId, servings: meal.servings });
        locked.add(key(ref));
      }
    }
  }
  // A locked lunch can only be a leftover if its dinner is locked to the same recipe.
  const recipeAt = new Map(locks.map((l) => [key(l), l.recipeId]));
  const cookDays = (request.leftovers?.cookDays ?? []).filter((cook) => {
    const next = DAY_NAMES[DAY_NAMES.indexOf(cook) + 1] as DayName | undefined;
    if (!next) return false;
    const lunch = recipeAt.get(`${next}:lunch`);
    return lunch === undefined || lunch === recipeAt.get(`${cook}:dinner`);
  });
  const { seed, ...rest } = options;
  return generateWeekPlan(
    { ...request, lockedMeals: locks, leftovers: { cookDays }, seed: seed ?? plan.seed + 1 },
    catalogue,
    rest,
  );
}
