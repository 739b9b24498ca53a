import type { Ingredient } from "@/lib/catalogue/types";

const LIQUID_AISLES = new Set<string>(["beverages", "oils-vinegars"]);

/**
 * Foods whose slug ends in one of these words are sold by volume. The last word is the noun
 * ("coconut-milk", "soy-sauce", "chicken-stock") so "cream-cheese" or "peanut-butter" stay solids.
 */
const LIQUID_NOUNS = new Set([
  "milk",
  "buttermilk",
  "kefir",
  "cream",
  "stock",
  "broth",
  "juice",
  "water",
  "wine",
  "beer",
  "vinegar",
  "oil",
  "sauce",
  "syrup",
]);

/** Whether the shopper buys this food by volume rather than by weight. */
export function isLiquid(ingredient: Pick<Ingredient, "slug" | "aisle">): boolean {
  if (LIQUID_AISLES.has(ingredient.aisle)) return true;
  const noun =
    ingredient.slug
      .toLowerCase()
      .split(/[-_\s]+/)
      .pop() ?? "";
  return LIQUID_NOUNS.has(noun);
}
