/**
 * The demo recipe catalogue. Every recipe's perServing, diet and allergens are computed from the
 * ingredient table (prisma/seed-data/ingredients.ts) — never typed in per recipe. perServing is rounded
 * as documented in lib/nutrition/compute-recipe-nutrition.ts (kcal: whole numbers; grams: 1 decimal).
 */
import type { CatalogueRecipe, Ingredient } from "@/lib/catalogue/types";
import { buildCatalogueRecipe, indexIngredients } from "@/lib/nutrition/compute-recipe-nutrition";
import { INGREDIENTS } from "@/prisma/seed-data/ingredients";
import { RECIPE_SOURCES } from "@/prisma/seed-data/recipes";

export const SEED_INGREDIENTS: Ingredient[] = INGREDIENTS;

const INGREDIENT_INDEX = indexIngredients(SEED_INGREDIENTS);

export const SEED_CATALOGUE: CatalogueRecipe[] = RECIPE_SOURCES.map((source) =>
  buildCatalogueRecipe(source, INGREDIENT_INDEX),
);
