/**
 * Shapes the grocery list reads and returns. The input mirrors what a weekly planner produces but is
 * declared here so this module depends only on the catalogue and the unit convention.
 */
import type { Aisle, CatalogueRecipe, Ingredient, MealSlot } from "@/lib/catalogue/types";
import type { CountUnit, Unit } from "@/lib/units";

/** A meal's position in the week: day 0–6 of the plan and the slot within that day. */
export interface MealRef {
  day: number;
  slot: MealSlot;
}

/**
 * One meal of the planned week.
 *
 * Leftovers are bought exactly once: the cooking meal carries `leftoverPortions` (extra portions
 * cooked for later), so its batch is `portions + leftoverPortions`; a meal with `leftoverOf` eats
 * from that batch and adds nothing to the shopping. Both counts are per person, like `portions`,
 * and are multiplied by the household size.
 */
export interface MealToShopFor extends MealRef {
  recipeId: string;
  /** portions one person eats at this meal */
  portions: number;
  /** set when this meal is a leftover of the same recipe cooked at an earlier meal */
  leftoverOf?: MealRef;
  /** on the cooking meal: extra portions per person cooked for later meals */
  leftoverPortions?: number;
}

export interface PlannedWeek {
  /** people eating every meal; may be fractional (a child as half a portion) */
  householdSize: number;
  meals: readonly MealToShopFor[];
}

export interface CatalogueSnapshot {
  recipes: readonly CatalogueRecipe[];
  ingredients: readonly Ingredient[];
}

/** One actual cooking of a recipe, with every meal that eats from it. */
export interface CookingBatch {
  /** the meal at which the recipe is cooked */
  meal: MealRef;
  recipe: CatalogueRecipe;
  /** portions per person eaten at the cooking meal */
  ownPortions: number;
  /** portions per person cooked for later meals */
  extraPortions: number;
  /** portions cooked for the whole household: (own + extra) × household size */
  totalPortions: number;
  /** meals that eat from this batch later, in week order */
  leftoverMeals: MealRef[];
}

/** An ingredient line of a recipe, scaled to the batch it is cooked in. */
export interface IngredientUse {
  ingredientSlug: string;
  batch: CookingBatch;
  /** null for "to taste" */
  quantity: number | null;
  unit: Unit;
  note?: string;
}

/**
 * The unit a grocery amount is totalled in: grams, millilitres, or one count unit.
 * It names both the dimension and its base unit, so it doubles as the merge target.
 */
export type BaseUnit = "g" | "ml" | CountUnit;

export type PlanIssue =
  | { kind: "unknown-recipe"; meal: MealRef; recipeId: string }
  /** the referenced cooking meal is missing or not earlier; the leftover is bought as its own batch */
  | { kind: "orphan-leftover"; meal: MealRef; recipeId: string; leftoverOf: MealRef }
  /** later meals eat more portions than the cooking meal cooked extra */
  | {
      kind: "leftover-shortfall";
      meal: MealRef;
      recipeId: string;
      extraPortions: number;
      portionsEatenLater: number;
    }
  | { kind: "unknown-ingredient"; ingredientSlug: string; recipeId: string };

export interface GroceryAmount {
  /** the total before rounding, in its base unit */
  exact: number;
  exactUnit: BaseUnit;
  /** what to buy: rounded up to a sensible shop amount, possibly in kg or l */
  purchase: number;
  purchaseUnit: Unit;
}

export interface GroceryUse {
  recipeId: string;
  recipeName: string;
  /** the meal at which the food is cooked */
  meal: MealRef;
  /** meals eating this batch later as leftovers */
  leftoverMeals: MealRef[];
  /** as the recipe writes it, scaled to the batch; null for "to taste" */
  quantity: number | null;
  unit: Unit;
  /** `quantity` in the line's exact unit; null for "to taste" */
  amount: number | null;
  note?: string;
}

export type GroceryFlag =
  /** the same food has another line in a unit this one could not be converted to */
  | "unmerged-units"
  /** only "to taste" uses: no amount to buy */
  | "to-taste"
  /** some recipes also use this food "to taste" on top of the amount */
  | "also-to-taste"
  | "unknown-ingredient";

export interface GroceryLine {
  /** stable id: `${ingredientSlug}:${exactUnit | "to-taste"}` */
  key: string;
  ingredientSlug: string;
  name: string;
  aisle: Aisle;
  isPantryStaple: boolean;
  /** null when every use is "to taste" */
  amount: GroceryAmount | null;
  flags: GroceryFlag[];
  /** why this food is split over several lines */
  note?: string;
  uses: GroceryUse[];
  /** distinct recipes using the line, sorted by name */
  recipes: { id: string; name: string }[];
  /** distinct days on which the food is eaten, including leftover days */
  days: number[];
}

export interface GrocerySection {
  aisle: Aisle;
  lines: GroceryLine[];
}

export interface GroceryList {
  householdSize: number;
  /** non-empty aisles in the fixed `AISLES` order */
  sections: GrocerySection[];
  /** pantry staples and "to taste"-only foods, in aisle order */
  pantry: GroceryLine[];
  issues: PlanIssue[];
}
