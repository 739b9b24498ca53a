/**
 * Compact authoring helpers for the seed data: one line per food, one tuple per recipe line.
 * Nothing here computes nutrition — see lib/nutrition/compute-recipe-nutrition.ts.
 */
import type { Aisle, Allergen, Diet, Ingredient, MealSlot } from "@/lib/catalogue/types";
import type { RecipeSource } from "@/lib/nutrition/compute-recipe-nutrition";
import type { CountUnit, Unit } from "@/lib/units";

export interface FoodOptions {
  allergens?: Allergen[];
  /** grams per millilitre */
  density?: number;
  /** grams per count unit actually used by recipes */
  per?: Partial<Record<CountUnit, number>>;
  staple?: boolean;
}

/** One food: per-100 g [kcal, protein g, carbs g, fat g] for the raw / as-used form. */
export function food(
  slug: string,
  name: string,
  aisle: Aisle,
  per100g: readonly [kcal: number, proteinG: number, carbsG: number, fatG: number],
  diet: Diet,
  options: FoodOptions = {},
): Ingredient {
  const [kcal, proteinG, carbsG, fatG] = per100g;
  return {
    slug,
    name,
    aisle,
    per100g: { kcal, proteinG, carbsG, fatG },
    diet,
    allergens: options.allergens ?? [],
    densityGPerMl: options.density ?? null,
    gramsPerCount: options.per ?? null,
    ...(options.staple ? { isPantryStaple: true } : {}),
  };
}

/** [ingredient slug, quantity (null = to taste), unit, optional note] */
export type LineSpec = readonly [slug: string, quantity: number | null, unit: Unit, note?: string];

/** A "to taste" line: no quantity (unit is a placeholder "g"), no nutrition; still counts for diet/allergens. */
export function taste(slug: string, note?: string): LineSpec {
  return note === undefined ? [slug, null, "g"] : [slug, null, "g", note];
}

export interface RecipeSpec {
  id: string;
  name: string;
  slots: MealSlot[];
  prep: number;
  cook: number;
  serves: number;
  lines: LineSpec[];
  steps: string[];
}

export function recipe(spec: RecipeSpec): RecipeSource {
  return {
    id: spec.id,
    name: spec.name,
    slots: spec.slots,
    prepMinutes: spec.prep,
    cookMinutes: spec.cook,
    servings: spec.serves,
    ingredients: spec.lines.map(([ingredientSlug, quantity, unit, note]) =>
      note === undefined ? { ingredientSlug, quantity, unit } : { ingredientSlug, quantity, unit, note },
    ),
    steps: spec.steps,
  };
}
