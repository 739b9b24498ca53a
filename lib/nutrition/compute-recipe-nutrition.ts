/**
 * Pure nutrition computation for catalogue recipes.
 *
 * A recipe's nutrition is never typed in: it is the sum over its ingredient lines of
 * `grams × per100g / 100`, divided by the number of servings the batch yields.
 *
 * Rounding (applied once, to the per-serving result only — never to intermediate sums):
 * - `kcal` is rounded to a whole number (0 decimals);
 * - `proteinG`, `carbsG` and `fatG` are rounded to 1 decimal place.
 *
 * "To taste" lines (`quantity: null`) contribute no nutrition, but they still count for the
 * recipe's diet and allergens (a pinch of fish sauce still makes a dish pescatarian).
 */
import { ALLERGENS, DIETS } from "@/lib/catalogue/types";
import type {
  Allergen,
  CatalogueRecipe,
  Diet,
  Ingredient,
  Macros,
  RecipeIngredientLine,
} from "@/lib/catalogue/types";
import { toGrams } from "@/lib/units";

/** What a recipe author writes: everything except the derived fields. */
export type RecipeSource = Omit<CatalogueRecipe, "diet" | "allergens" | "perServing" | "source">;

/** The part of a recipe the computations below need. */
export type RecipeNutritionInput = Pick<RecipeSource, "id" | "servings" | "ingredients">;

export type RecipeNutritionErrorReason =
  "unknown-ingredient" | "unconvertible-unit" | "invalid-quantity" | "invalid-servings";

/** Raised when a recipe's nutrition cannot be computed; names the recipe and, where relevant, the line. */
export class RecipeNutritionError extends Error {
  readonly recipeId: string;
  readonly reason: RecipeNutritionErrorReason;
  /** zero-based index of the offending ingredient line, or null for recipe-level problems */
  readonly lineIndex: number | null;
  readonly ingredientSlug: string | null;

  constructor(args: {
    recipeId: string;
    reason: RecipeNutritionErrorReason;
    lineIndex: number | null;
    ingredientSlug: string | null;
    detail: string;
  }) {
    const where =
      args.lineIndex === null
        ? `recipe "${args.recipeId}"`
        : `recipe "${args.recipeId}", line ${args.lineIndex + 1} (${args.ingredientSlug ?? "?"})`;
    super(`${where}: ${args.detail}`);
    this.name = "RecipeNutritionError";
    this.recipeId = args.recipeId;
    this.reason = args.reason;
    this.lineIndex = args.lineIndex;
    this.ingredientSlug = args.ingredientSlug;
  }
}

/** Ingredients keyed by slug. */
export type IngredientIndex = ReadonlyMap<string, Ingredient>;

/** Builds a slug → ingredient index; throws on duplicate slugs. */
export function indexIngredients(ingredients: readonly Ingredient[]): Map<string, Ingredient> {
  const index = new Map<string, Ingredient>();
  for (const ingredient of ingredients) {
    if (index.has(ingredient.slug)) throw new Error(`duplicate ingredient slug "${ingredient.slug}"`);
    index.set(ingredient.slug, ingredient);
  }
  return index;
}

function asIndex(ingredients: IngredientIndex | readonly Ingredient[]): IngredientIndex {
  return Array.isArray(ingredients) ? indexIngredients(ingredients) : (ingredients as IngredientIndex);
}

function lookup(
  recipeId: string,
  line: RecipeIngredientLine,
  lineIndex: number,
  index: IngredientIndex,
): Ingredient {
  const ingredient = index.get(line.ingredientSlug);
  if (!ingredient) {
    throw new RecipeNutritionError({
      recipeId,
      reason: "unknown-ingredient",
      lineIndex,
      ingredientSlug: line.ingredientSlug,
      detail: `unknown ingredient "${line.ingredientSlug}"`,
    });
  }
  return ingredient;
}

/** Grams of one line (0 for a "to taste" line); throws a RecipeNutritionError when it cannot be converted. */
export function lineGrams(
  recipeId: string,
  line: RecipeIngredientLine,
  lineIndex: number,
  ingredients: IngredientIndex | readonly Ingredient[],
): number {
  const index = asIndex(ingredients);
  const ingredient = lookup(recipeId, line, lineIndex, index);
  if (line.quantity === null) return 0;
  if (!Number.isFinite(line.quantity) || line.quantity < 0) {
    throw new RecipeNutritionError({
      recipeId,
      reason: "invalid-quantity",
      lineIndex,
      ingredientSlug: line.ingredientSlug,
      detail: `quantity must be a non-negative number, got ${line.quantity}`,
    });
  }
  const grams = toGrams(line.quantity, line.unit, ingredient);
  if (grams === null) {
    throw new RecipeNutritionError({
      recipeId,
      reason: "unconvertible-unit",
      lineIndex,
      ingredientSlug: line.ingredientSlug,
      detail: `cannot convert ${line.quantity} ${line.unit} of "${ingredient.slug}" to grams (missing density or weight per ${line.unit})`,
    });
  }
  return grams;
}

/** Rounds per the module convention: kcal to 0 decimals, grams to 1 decimal. */
export function roundMacros(macros: Macros): Macros {
  const oneDecimal = (value: number): number => Math.round(value * 10) / 10;
  return {
    kcal: Math.round(macros.kcal),
    proteinG: oneDecimal(macros.proteinG),
    carbsG: oneDecimal(macros.carbsG),
    fatG: oneDecimal(macros.fatG),
  };
}

/** Unrounded nutrition of the whole batch. */
export function computeBatchNutrition(
  recipe: RecipeNutritionInput,
  ingredients: IngredientIndex | readonly Ingredient[],
): Macros {
  const index = asIndex(ingredients);
  const total: Macros = { kcal: 0, proteinG: 0, carbsG: 0, fatG: 0 };
  recipe.ingredients.forEach((line, lineIndex) => {
    const grams = lineGrams(recipe.id, line, lineIndex, index);
    if (grams === 0) return;
    const { per100g } = lookup(recipe.id, line, lineIndex, index);
    total.kcal += (grams * per100g.kcal) / 100;
    total.proteinG += (grams * per100g.proteinG) / 100;
    total.carbsG += (grams * per100g.carbsG) / 100;
    total.fatG += (grams * per100g.fatG) / 100;
  });
  return total;
}

/** Per-serving nutrition, rounded (kcal: 0 decimals; protein/carbs/fat: 1 decimal). */
export function computeRecipeNutrition(
  recipe: RecipeNutritionInput,
  ingredients: IngredientIndex | readonly Ingredient[],
): Macros {
  if (!Number.isInteger(recipe.servings) || recipe.servings < 1) {
    throw new RecipeNutritionError({
      recipeId: recipe.id,
      reason: "invalid-servings",
      lineIndex: null,
      ingredientSlug: null,
      detail: `servings must be a positive integer, got ${recipe.servings}`,
    });
  }
  const batch = computeBatchNutrition(recipe, ingredients);
  return roundMacros({
    kcal: batch.kcal / recipe.servings,
    proteinG: batch.proteinG / recipe.servings,
    carbsG: batch.carbsG / recipe.servings,
    fatG: batch.fatG / recipe.servings,
  });
}

/**
 * The most restrictive diet the recipe satisfies: the most permissive diet class among its
 * ingredients decides (any meat → omnivore; else any fish/shellfish → pescatarian; else any
 * dairy/egg/honey → vegetarian; else vegan). "To taste" lines count.
 */
export function deriveDiet(
  recipe: Pick<RecipeSource, "id" | "ingredients">,
  ingredients: IngredientIndex | readonly Ingredient[],
): Diet {
  const index = asIndex(ingredients);
  let rank = 0;
  recipe.ingredients.forEach((line, lineIndex) => {
    rank = Math.max(rank, DIETS.indexOf(lookup(recipe.id, line, lineIndex, index).diet));
  });
  return DIETS[rank] ?? "omnivore";
}

/** Union of the allergens of every ingredient line ("to taste" lines included), in ALLERGENS order. */
export function deriveAllergens(
  recipe: Pick<RecipeSource, "id" | "ingredients">,
  ingredients: IngredientIndex | readonly Ingredient[],
): Allergen[] {
  const index = asIndex(ingredients);
  const found = new Set<Allergen>();
  recipe.ingredients.forEach((line, lineIndex) => {
    for (const allergen of lookup(recipe.id, line, lineIndex, index).allergens) found.add(allergen);
  });
  return ALLERGENS.filter((allergen) => found.has(allergen));
}

/** Derives every computed field of a catalogue recipe from its source and the ingredient table. */
export function buildCatalogueRecipe(
  source: RecipeSource,
  ingredients: IngredientIndex | readonly Ingredient[],
): CatalogueRecipe {
  const index = asIndex(ingredients);
  return {
    ...source,
    diet: deriveDiet(source, index),
    allergens: deriveAllergens(source, index),
    perServing: computeRecipeNutrition(source, index),
    source: "catalogue",
  };
}
