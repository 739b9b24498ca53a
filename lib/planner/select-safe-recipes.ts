import { containsWords, foldWords } from "@/lib/catalogue/fold-term";
import { isDietCompatible, type Allergen, type CatalogueRecipe, type Diet } from "@/lib/catalogue/types";

export interface SafetyFilter {
  diet: Diet;
  excludeAllergens: readonly Allergen[];
  /**
   * ingredient slugs, or words matched against the words of each ingredient slug, case- and
   * plural-insensitive ("Mushrooms" covers `mushrooms`, "chicken" covers `chicken-thigh`). Families
   * ("poultry", "red meat") need the ingredient table: callers resolve them with
   * `matchDislikes` from lib/catalogue/match-dislikes.ts and pass the slugs.
   */
  dislikedIngredients: readonly string[];
}

const foldedDislikes = new WeakMap<readonly string[], string[][]>();
const foldedSlugs = new Map<string, string[]>();

function dislikeWords(dislikes: readonly string[]): string[][] {
  let folded = foldedDislikes.get(dislikes);
  if (!folded) {
    folded = dislikes.map(foldWords).filter((words) => words.length > 0);
    foldedDislikes.set(dislikes, folded);
  }
  return folded;
}

function slugWords(slug: string): string[] {
  let words = foldedSlugs.get(slug);
  if (!words) {
    words = foldWords(slug);
    foldedSlugs.set(slug, words);
  }
  return words;
}

function isDisliked(slug: string, dislikes: readonly string[]): boolean {
  if (dislikes.length === 0) return false;
  if (dislikes.includes(slug)) return true;
  const words = slugWords(slug);
  return dislikeWords(dislikes).some((dislike) => containsWords(words, dislike));
}

/** Why a recipe may not be served, or null when it is safe. Never relaxed: these are safety rules. */
export function unsafeReason(recipe: CatalogueRecipe, filter: SafetyFilter): string | null {
  if (!isDietCompatible(recipe.diet, filter.diet)) return `is ${recipe.diet}, not ${filter.diet}`;
  const allergen = recipe.allergens.find((a) => filter.excludeAllergens.includes(a));
  if (allergen) return `contains ${allergen}`;
  const disliked = recipe.ingredients.find((line) =>
    isDisliked(line.ingredientSlug, filter.dislikedIngredients),
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
