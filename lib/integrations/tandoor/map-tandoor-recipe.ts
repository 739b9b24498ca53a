/**
 * Pure: a Tandoor recipe in the catalogue's shape, or the reason it is kept out of plan generation.
 *
 * Ingredients (`steps[].ingredients[]`, headers skipped) must each name a food in our ingredient table (by
 * slug or name, case-insensitively): diet and allergens are derived from them exactly as for the seed
 * catalogue, and an unknown food could hide an allergen, so such a recipe is excluded. `no_amount` lines are
 * "to taste". Slots come from keywords named breakfast/lunch/dinner/snack (default lunch and dinner).
 *
 * Nutrition per serving, first source that is complete:
 * 1. `nutrition` (calories, proteins, carbohydrates, fats; per serving; null on servers that dropped it);
 * 2. `properties[]` — recipe properties per serving, property types named like energy/calories, protein,
 *    carbohydrates, fat;
 * 3. `food_properties` — Tandoor's computed totals for the whole recipe (divided by servings), unless a
 *    food's value is missing;
 * 4. computed from the ingredients through our nutrition table (lib/nutrition), when every line converts;
 * otherwise excluded with the reason.
 */
import type { Allergen, Diet, Ingredient, Macros, MealSlot } from "@/lib/catalogue/types";
import { MEAL_SLOTS } from "@/lib/catalogue/types";
import {
  RecipeNutritionError,
  computeRecipeNutrition,
  deriveAllergens,
  deriveDiet,
  roundMacros,
  type IngredientIndex,
} from "@/lib/nutrition/compute-recipe-nutrition";
import type { TandoorRecipe } from "@/lib/integrations/tandoor/tandoor-schemas";
import { parseUnit, type Unit } from "@/lib/units";

export type NutritionSource = "nutrition" | "properties" | "food_properties" | "computed";

export interface MappedLine {
  ingredientSlug: string;
  quantity: number | null;
  unit: Unit;
  note: string | null;
}

export interface MappedRecipe {
  externalId: string;
  slug: string;
  name: string;
  slots: MealSlot[];
  diet: Diet;
  allergens: Allergen[];
  prepMinutes: number;
  cookMinutes: number;
  servings: number;
  perServing: Macros;
  nutritionSource: NutritionSource;
  steps: string[];
  lines: MappedLine[];
}

export type MappingResult = { ok: true; recipe: MappedRecipe } | { ok: false; reason: string };

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Our ingredients by slug and by slugified name, so "Red onion" and "red-onion" both find `red-onion`. */
export function indexForMatching(ingredients: readonly Ingredient[]): Map<string, Ingredient> {
  const index = new Map<string, Ingredient>();
  for (const ingredient of ingredients) {
    index.set(ingredient.slug, ingredient);
    index.set(slugify(ingredient.name), ingredient);
  }
  return index;
}

const PROPERTY_KEYS: Record<keyof Macros, RegExp> = {
  kcal: /^(energy|calories|kcal)/i,
  proteinG: /^protein/i,
  carbsG: /^carb/i,
  fatG: /^fat/i,
};

function macrosFrom(values: { name: string; value: number | null }[], divisor: number): Macros | null {
  const found: Partial<Macros> = {};
  for (const key of Object.keys(PROPERTY_KEYS) as (keyof Macros)[]) {
    const hit = values.find((v) => PROPERTY_KEYS[key].test(v.name.trim()));
    if (!hit || hit.value === null || !Number.isFinite(hit.value)) return null;
    found[key] = hit.value / divisor;
  }
  return roundMacros(found as Macros);
}

function tandoorNutrition(
  recipe: TandoorRecipe,
  servings: number,
): { macros: Macros; source: NutritionSource } | null {
  const n = recipe.nutrition;
  if (n && n.calories !== null && n.proteins !== null && n.carbohydrates !== null && n.fats !== null) {
    return {
      macros: roundMacros({ kcal: n.calories, proteinG: n.proteins, carbsG: n.carbohydrates, fatG: n.fats }),
      source: "nutrition",
    };
  }
  const fromProperties = macrosFrom(
    (recipe.properties ?? []).map((p) => ({ name: p.property_type.name, value: p.property_amount })),
    1,
  );
  if (fromProperties) return { macros: fromProperties, source: "properties" };
  const foodProperties = Object.values(recipe.food_properties ?? {});
  if (foodProperties.length > 0 && !foodProperties.some((p) => p.missing_value)) {
    const fromFoods = macrosFrom(
      foodProperties.map((p) => ({ name: p.name, value: p.total_value })),
      servings,
    );
    if (fromFoods) return { macros: fromFoods, source: "food_properties" };
  }
  return null;
}

export function mapTandoorRecipe(
  recipe: TandoorRecipe,
  ingredients: ReadonlyMap<string, Ingredient>,
): MappingResult {
  const servings = Math.round(recipe.servings);
  if (!Number.isFinite(servings) || servings < 1)
    return { ok: false, reason: `servings must be at least 1 (got ${recipe.servings})` };

  const lines: MappedLine[] = [];
  for (const line of recipe.steps.flatMap((step) => step.ingredients)) {
    if (line.is_header) continue;
    const foodName = line.food?.name ?? "";
    const ingredient = ingredients.get(slugify(foodName));
    if (!ingredient)
      return {
        ok: false,
        reason: `unknown ingredient "${foodName}": not in the nutrition table, so diet and allergens cannot be derived`,
      };
    const isToTaste = line.no_amount || line.amount === 0;
    const unit = isToTaste ? "g" : parseUnit(line.unit?.name ?? "");
    if (!unit)
      return { ok: false, reason: `unit "${line.unit?.name ?? ""}" of "${foodName}" is not understood` };
    lines.push({
      ingredientSlug: ingredient.slug,
      quantity: isToTaste ? null : line.amount,
      unit,
      note: line.note || null,
    });
  }
  if (lines.length === 0) return { ok: false, reason: "no ingredients" };

  const slug = `tandoor-${recipe.id}`;
  const index: IngredientIndex = new Map([...ingredients.values()].map((i) => [i.slug, i]));
  const source = { id: slug, servings, ingredients: lines.map((l) => ({ ...l, note: l.note ?? undefined })) };
  let nutrition = tandoorNutrition(recipe, servings);
  if (!nutrition) {
    try {
      nutrition = { macros: computeRecipeNutrition(source, index), source: "computed" };
    } catch (error) {
      if (!(error instanceof RecipeNutritionError)) throw error;
      return { ok: false, reason: `no nutrition from Tandoor and it cannot be computed: ${error.message}` };
    }
  }
  const keywordSlots = recipe.keywords
    .map((k) => k.name.trim().toLowerCase())
    .filter((name): name is MealSlot => (MEAL_SLOTS as readonly string[]).includes(name));
  return {
    ok: true,
    recipe: {
      externalId: String(recipe.id),
      slug,
      name: recipe.name,
      slots: keywordSlots.length > 0 ? [...new Set(keywordSlots)] : ["lunch", "dinner"],
      diet: deriveDiet(source, index),
      allergens: deriveAllergens(source, index),
      prepMinutes: recipe.working_time ?? 0,
      cookMinutes: recipe.waiting_time ?? 0,
      servings,
      perServing: nutrition.macros,
      nutritionSource: nutrition.source,
      steps: recipe.steps.map((s) => (s.instruction ?? "").trim()).filter((s) => s.length > 0),
      lines,
    },
  };
}
