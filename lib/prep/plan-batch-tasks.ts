import type { Ingredient } from "@/lib/catalogue/types";
import {
  collectIngredientUses,
  convertAmount,
  formatAmount,
  type IngredientUse,
  mergeIngredientUses,
  roundPurchaseAmount,
} from "@/lib/grocery";
import { collectPrepMeals } from "./collect-prep-meals";
import { describeMeals } from "./describe-meals";
import { matchPrepItem } from "./match-prep-item";
import type { PrepWindow } from "./plan-prep-windows";
import { CHOPPED_DENSITY_G_PER_ML, type Choppable } from "./task-minute-table";
import type { PrepContext, PrepMeal, ScheduledTask } from "./types";

/**
 * Batch-session tasks: a grain or legume, or a hardy vegetable, that at least two different meals
 * of the window cook with is prepared once in the window's session. A food used by one meal only
 * is left to that meal, where prepping ahead saves nothing.
 */
export function planBatchTasks(context: PrepContext, windows: readonly PrepWindow[]): ScheduledTask[] {
  const tasks: ScheduledTask[] = [];
  for (const window of windows) {
    const batches = context.batches.filter((batch) => window.days.includes(batch.meal.day));
    const usesBySlug = new Map<string, IngredientUse[]>();
    for (const use of collectIngredientUses(batches)) {
      if (use.quantity === null || use.quantity <= 0) continue;
      usesBySlug.set(use.ingredientSlug, [...(usesBySlug.get(use.ingredientSlug) ?? []), use]);
    }
    for (const slug of [...usesBySlug.keys()].sort()) {
      const ingredient = context.ingredients.get(slug);
      const item = ingredient ? matchPrepItem(ingredient) : null;
      const uses = usesBySlug.get(slug) ?? [];
      if (!ingredient || !item) continue;
      const mealSlots = new Set(uses.map((use) => `${use.batch.meal.day}:${use.batch.meal.slot}`));
      if (mealSlots.size < 2) continue;
      const forMeals = collectPrepMeals(uses.map((use) => use.batch));
      const task =
        item.kind === "batch-cook"
          ? batchCookTask(ingredient, uses, item.entry.minutes, forMeals, context.dayNames)
          : chopTask(ingredient, uses, item.entry, forMeals, context.dayNames);
      tasks.push({ ...task, day: window.sessionDay });
    }
  }
  return tasks;
}

function batchCookTask(
  ingredient: Ingredient,
  uses: readonly IngredientUse[],
  minutes: number,
  forMeals: PrepMeal[],
  dayNames: readonly string[],
): Omit<ScheduledTask, "day"> {
  const amounts = mergeIngredientUses(ingredient, uses).groups.map((group) => {
    const rounded = roundPurchaseAmount(group.total, group.unit);
    return formatAmount(rounded.amount, rounded.unit);
  });
  return {
    kind: "batch-cook",
    description: `Cook ${amounts.join(" + ")} ${ingredient.name.toLowerCase()} for ${describeMeals(forMeals, dayNames)}; cool and refrigerate`,
    minutes,
    forMeals,
    ingredientSlug: ingredient.slug,
  };
}

function chopTask(
  ingredient: Ingredient,
  uses: readonly IngredientUse[],
  entry: Choppable,
  forMeals: PrepMeal[],
  dayNames: readonly string[],
): Omit<ScheduledTask, "day"> {
  // Fall back to typical sizes so a food the catalogue has no weights for still gets an estimate.
  const physics = {
    densityGPerMl: ingredient.densityGPerMl ?? CHOPPED_DENSITY_G_PER_ML,
    gramsPerCount: {
      ...ingredient.gramsPerCount,
      [entry.unit]: ingredient.gramsPerCount?.[entry.unit] ?? entry.typicalGrams,
    },
  };
  const exact = uses.reduce(
    (sum, use) => sum + (convertAmount(use.quantity ?? 0, use.unit, entry.unit, physics) ?? 1),
    0,
  );
  const count = roundPurchaseAmount(exact, entry.unit).amount;
  return {
    kind: "pre-chop",
    description: `Chop ${ingredient.name.toLowerCase()} (${formatAmount(count, entry.unit)}) for ${describeMeals(forMeals, dayNames)}; keep in a sealed box`,
    // 10 × 0.3 is 3.0000000000000004 in floating point, which must not become 4 minutes.
    minutes: Math.ceil(count * entry.minutesPerUnit - 1e-9),
    forMeals,
    ingredientSlug: ingredient.slug,
  };
}
