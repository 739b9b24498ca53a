/**
 * The recipe catalogue as the pure domain sees it (planner, grocery, prep, seed data).
 * Persistence maps Prisma rows to these shapes; nothing here imports a framework.
 */
import type { CountUnit, IngredientPhysics, Unit } from "@/lib/units";

/** Ordered from most to least restrictive: a recipe fit for `vegan` fits every diet. */
export const DIETS = ["vegan", "vegetarian", "pescatarian", "omnivore"] as const;
export type Diet = (typeof DIETS)[number];

export const ALLERGENS = ["gluten", "dairy", "egg", "nuts", "peanuts", "soy", "fish", "shellfish"] as const;
export type Allergen = (typeof ALLERGENS)[number];

export const MEAL_SLOTS = ["breakfast", "lunch", "dinner", "snack"] as const;
export type MealSlot = (typeof MEAL_SLOTS)[number];

export const AISLES = [
  "produce",
  "meat",
  "seafood",
  "dairy-eggs",
  "bakery",
  "grains-pasta",
  "canned-jarred",
  "baking",
  "spices-condiments",
  "oils-vinegars",
  "nuts-seeds",
  "frozen",
  "beverages",
  "other",
] as const;
export type Aisle = (typeof AISLES)[number];

export interface Macros {
  kcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
}

/** A food with nutrition per 100 g; the single source every recipe's nutrition is computed from. */
export interface Ingredient extends IngredientPhysics {
  slug: string;
  name: string;
  aisle: Aisle;
  per100g: Macros;
  /** the diet class of the food itself: meat/fish/shellfish/dairy/egg/plant etc. */
  diet: Diet;
  allergens: Allergen[];
  /**
   * families and other names a person may call it ("beef", "red meat"; "shrimp" for prawns), singular,
   * lower case; matched by lib/catalogue/match-dislikes.ts together with its name, allergens and diet
   */
  families?: string[];
  /** salt, oil, spices: listed apart on the grocery list */
  isPantryStaple?: boolean;
  gramsPerCount?: Partial<Record<CountUnit, number>> | null;
}

export interface RecipeIngredientLine {
  ingredientSlug: string;
  /** null for "to taste" lines, which carry no nutrition and no purchase amount */
  quantity: number | null;
  unit: Unit;
  note?: string;
}

export interface CatalogueRecipe {
  id: string;
  name: string;
  slots: MealSlot[];
  /** the most restrictive diet this recipe satisfies (derived from its ingredients) */
  diet: Diet;
  allergens: Allergen[];
  prepMinutes: number;
  cookMinutes: number;
  /** portions one batch of the recipe yields */
  servings: number;
  perServing: Macros;
  ingredients: RecipeIngredientLine[];
  steps?: string[];
  source?: "catalogue" | "tandoor";
}

/** Whether a recipe of diet `recipeDiet` may be served to someone following `personDiet`. */
export function isDietCompatible(recipeDiet: Diet, personDiet: Diet): boolean {
  return DIETS.indexOf(recipeDiet) <= DIETS.indexOf(personDiet);
}
