import { collectIngredientUses, type CookingBatch } from "@/lib/grocery";
import { collectPrepMeals } from "./collect-prep-meals";
import { describeMeals } from "./describe-meals";
import { FREEZE_MINUTES, FRESH_MEAT_DAYS, THAW_MINUTES } from "./task-minute-table";
import type { PrepContext, ScheduledTask } from "./types";

const PERISHABLE_AISLES = new Set<string>(["meat", "seafood"]);

/**
 * Shopping is assumed to happen on the first prep day (day -1). Meat and fish for meals from day
 * `FRESH_MEAT_DAYS` on would not keep in the fridge, so they are frozen on shopping day and moved
 * to the fridge the evening before the meal that cooks them.
 */
export function planFreezerTasks(context: PrepContext): ScheduledTask[] {
  const late = context.batches.filter((batch) => batch.meal.day >= FRESH_MEAT_DAYS);
  const bySlug = new Map<string, CookingBatch[]>();
  for (const use of collectIngredientUses(late)) {
    const ingredient = context.ingredients.get(use.ingredientSlug);
    if (!ingredient || !PERISHABLE_AISLES.has(ingredient.aisle) || use.quantity === 0) continue;
    bySlug.set(use.ingredientSlug, [...(bySlug.get(use.ingredientSlug) ?? []), use.batch]);
  }

  const tasks: ScheduledTask[] = [];
  for (const slug of [...bySlug.keys()].sort()) {
    const name = (context.ingredients.get(slug)?.name ?? slug).toLowerCase();
    const meals = collectPrepMeals(bySlug.get(slug) ?? []);
    tasks.push({
      kind: "freeze",
      description: `Freeze the ${name} for ${describeMeals(meals, context.dayNames)} when you get home`,
      minutes: FREEZE_MINUTES,
      forMeals: meals,
      ingredientSlug: slug,
      day: -1,
    });
    for (const day of [...new Set(meals.map((meal) => meal.day))]) {
      const forMeals = meals.filter((meal) => meal.day === day);
      tasks.push({
        kind: "thaw",
        description: `Move the ${name} from the freezer to the fridge for ${describeMeals(forMeals, context.dayNames)}`,
        minutes: THAW_MINUTES,
        forMeals,
        ingredientSlug: slug,
        day: day - 1,
      });
    }
  }
  return tasks;
}
