import type { CatalogueRecipe, Ingredient } from "@/lib/catalogue/types";
import type { CatalogueSnapshot } from "./types";

export interface CatalogueIndex {
  recipes: ReadonlyMap<string, CatalogueRecipe>;
  ingredients: ReadonlyMap<string, Ingredient>;
}

/** Lookup maps by id/slug; the first entry wins so a duplicated id cannot reorder results. */
export function indexCatalogue(catalogue: CatalogueSnapshot): CatalogueIndex {
  const recipes = new Map<string, CatalogueRecipe>();
  for (const recipe of catalogue.recipes) if (!recipes.has(recipe.id)) recipes.set(recipe.id, recipe);
  const ingredients = new Map<string, Ingredient>();
  for (const food of catalogue.ingredients) if (!ingredients.has(food.slug)) ingredients.set(food.slug, food);
  return { recipes, ingredients };
}
