import { isDietCompatible, type Allergen, type CatalogueRecipe, type Diet } from "@/lib/catalogue/types";

export interface SafetyFilter {
  diet: Diet;
  excludeAllergens: readonly Allergen[];
  dislikedIngredients: readonly string[];
}

/** Why a recipe may not be served, or null when it is safe. Never relaxed: these are safety rules. */
export function unsafeReason(recipe: CatalogueRecipe, filter: SafetyFilter): string | null {
  if (!isDietCompatible(recipe.diet, filter.diet)) return `is ${recipe.diet}, not ${filter.diet}`;
  const allergen = recipe.allergens.find((a) => filter.excludeAllergens.includes(a));
  if (allergen) return `contains ${allergen}`;
  const disliked = recipe.ingredients.find((line) =>
    filter.dislikedIngredients.includes(line.ingredientSlug),
  );
  if (disliked) return `contains ${disliked.ingredientSlug}, which is disliked`;
  return null;
}

export function selectSafeRecipes(
  catalogue: readonly CatalogueRecipe[],
  filter: SafetyFilter,
): CatalogueRecipe[] {
  return catalogue.filter((recipe) => unsafeReason(recipe, filter) === null);
}
