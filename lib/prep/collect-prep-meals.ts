import { compareMealRefs } from "@/lib/grocery";
import type { MealRef } from "@/lib/grocery";
import type { PrepMeal } from "./types";

/** Distinct meals in week order; two recipes served at one meal stay two entries. */
export function collectPrepMeals(
  entries: readonly { meal: MealRef; recipe: { id: string; name: string } }[],
): PrepMeal[] {
  const meals = new Map<string, PrepMeal>();
  for (const { meal, recipe } of entries) {
    const key = `${meal.day}:${meal.slot}:${recipe.id}`;
    if (!meals.has(key)) {
      meals.set(key, { day: meal.day, slot: meal.slot, recipeId: recipe.id, recipeName: recipe.name });
    }
  }
  return [...meals.values()].sort(
    (a, b) => compareMealRefs(a, b) || (a.recipeId < b.recipeId ? -1 : a.recipeId > b.recipeId ? 1 : 0),
  );
}
