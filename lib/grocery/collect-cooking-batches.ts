import type { CatalogueRecipe } from "@/lib/catalogue/types";
import { compareMealRefs } from "./compare-meal-refs";
import { compareText } from "./compare-text";
import type { CookingBatch, MealRef, MealToShopFor, PlanIssue, PlannedWeek } from "./types";

export interface CookingBatches {
  /** in week order of the cooking meal, then recipe id */
  batches: CookingBatch[];
  issues: PlanIssue[];
}

const EPSILON = 1e-9;

/**
 * Turns the week's meals into the batches actually cooked, so that leftovers are bought once:
 * a leftover meal joins the batch of the meal it points at (following chains of leftovers) and
 * contributes no portions of its own. A leftover whose cooking meal cannot be found is treated as
 * cooked where it is eaten, because silently buying nothing would leave the shopper short.
 */
export function collectCookingBatches(
  week: PlannedWeek,
  recipes: ReadonlyMap<string, CatalogueRecipe>,
): CookingBatches {
  assertValidWeek(week);
  const issues: PlanIssue[] = [];
  const known: { meal: MealToShopFor; recipe: CatalogueRecipe }[] = [];
  for (const meal of week.meals) {
    const recipe = recipes.get(meal.recipeId);
    if (recipe) known.push({ meal, recipe });
    else issues.push({ kind: "unknown-recipe", meal: refOf(meal), recipeId: meal.recipeId });
  }
  const meals = known.map((k) => k.meal);

  // Keyed by the cooking meal object so two identical meals in one slot stay two batches.
  const leftoversOf = new Map<MealToShopFor, MealToShopFor[]>();
  const orphans = new Set<MealToShopFor>();
  for (const meal of meals) {
    if (!meal.leftoverOf) {
      if (!leftoversOf.has(meal)) leftoversOf.set(meal, []);
      continue;
    }
    const root = findCookingMeal(meal, meals);
    if (root) {
      leftoversOf.set(root, [...(leftoversOf.get(root) ?? []), meal]);
    } else {
      issues.push({
        kind: "orphan-leftover",
        meal: refOf(meal),
        recipeId: meal.recipeId,
        leftoverOf: refOf(meal.leftoverOf),
      });
      orphans.add(meal);
    }
  }

  const batches: CookingBatch[] = [];
  for (const { meal, recipe } of known) {
    const leftovers = leftoversOf.get(meal);
    if (!leftovers && !orphans.has(meal)) continue;
    if (!(recipe.servings > 0)) throw new RangeError(`recipe ${recipe.id} has no positive servings`);
    // An orphaned leftover is cooked for its own portions only.
    const extraPortions = orphans.has(meal) ? 0 : (meal.leftoverPortions ?? 0);
    const later = leftovers ?? [];
    const eatenLater = later.reduce((sum, m) => sum + m.portions, 0);
    if (eatenLater > extraPortions + EPSILON) {
      issues.push({
        kind: "leftover-shortfall",
        meal: refOf(meal),
        recipeId: meal.recipeId,
        extraPortions,
        portionsEatenLater: eatenLater,
      });
    }
    batches.push({
      meal: refOf(meal),
      recipe,
      ownPortions: meal.portions,
      extraPortions,
      totalPortions: (meal.portions + extraPortions) * week.householdSize,
      leftoverMeals: later.map(refOf).sort(compareMealRefs),
    });
  }
  batches.sort((a, b) => compareMealRefs(a.meal, b.meal) || compareText(a.recipe.id, b.recipe.id));
  return { batches, issues };
}

/** Follows `leftoverOf` links to the meal that cooks the food; null when the chain breaks. */
function findCookingMeal(meal: MealToShopFor, meals: readonly MealToShopFor[]): MealToShopFor | null {
  let current = meal;
  while (current.leftoverOf) {
    const target = current.leftoverOf;
    // The source must be eaten strictly earlier, which also makes cycles impossible.
    if (compareMealRefs(target, current) >= 0) return null;
    const recipeId = current.recipeId;
    const candidates = meals.filter(
      (m) => m.day === target.day && m.slot === target.slot && m.recipeId === recipeId,
    );
    // With the same recipe twice in one slot, the one that cooked extra is the likely source.
    const source = candidates.find((m) => (m.leftoverPortions ?? 0) > 0) ?? candidates[0];
    if (!source) return null;
    current = source;
  }
  return current;
}

function assertValidWeek(week: PlannedWeek): void {
  if (!(Number.isFinite(week.householdSize) && week.householdSize > 0)) {
    throw new RangeError(`householdSize must be a positive number, got ${week.householdSize}`);
  }
  for (const meal of week.meals) {
    const where = `meal on day ${meal.day} (${meal.slot})`;
    if (!Number.isInteger(meal.day) || meal.day < 0 || meal.day > 6) {
      throw new RangeError(`${where}: day must be an integer 0–6`);
    }
    if (!(Number.isFinite(meal.portions) && meal.portions >= 0)) {
      throw new RangeError(`${where}: portions must be a non-negative number`);
    }
    const extra = meal.leftoverPortions ?? 0;
    if (!(Number.isFinite(extra) && extra >= 0)) {
      throw new RangeError(`${where}: leftoverPortions must be a non-negative number`);
    }
  }
}

function refOf(meal: MealRef): MealRef {
  return { day: meal.day, slot: meal.slot };
}
