import type { CatalogueRecipe, Ingredient } from "@/lib/catalogue/types";
import type { CatalogueSnapshot } from "./types";

export interface CatalogueIndex {
  recipes: ReadonlyMap<string, CatalogueRecipe>;
  ingredients: ReadonlyMap<string, Ingredient>;
}

// Built once per catalogue, not once per plan: the weekly loop plans thousands of weeks from one loaded
// catalogue. Keyed by the (readonly) arrays themselves, so a new snapshot gets a new index.
const cache = new WeakMap<object, WeakMap<object, CatalogueIndex>>();

/** Lookup maps by id/slug; the first entry wins so a duplicated id cannot reorder results. */
export function indexCatalogue(catalogue: CatalogueSnapshot): CatalogueIndex {
  const byIngredients = cache.get(catalogue.recipes) ?? new WeakMap<object, CatalogueIndex>();
  cache.set(catalogue.recipes, byIngredients);
  const cached = byIngredients.get(catalogue.ingredients);
  if (cached) return cached;
  const index = buildIndex(catalogue);
  byIngredients.set(catalogue.ingredients, index);
  return index;
}

function buildIndex(catalogue: CatalogueSnapshot): CatalogueIndex {
  const recipes = new Map<string, CatalogueRecipe>();
  for (const recipe of catalogue.recipes) if (!recipes.has(recipe.id)) recipes.set(recipe.id, recipe);
  const ingredients = new Map<string, Ingredient>();
  for (const food of catalogue.ingredients) if (!ingredients.has(food.slug)) ingredients.set(food.slug, food);
  return { recipes, ingredients };
}
