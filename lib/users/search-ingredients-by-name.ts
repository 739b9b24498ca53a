import { searchIngredients } from "@/lib/catalogue/match-dislikes";
import { db } from "@/lib/db";
import { getCatalogue } from "@/lib/plans/load-catalogue";

export interface IngredientOption {
  slug: string;
  name: string;
}

/**
 * The dislikes picker's search, the same matcher plan requests use for dislikes: names, asides, families
 * ("chicken" offers every chicken cut and stock, "poultry" too), allergens and diet classes, case- and
 * plural-insensitive, prefix-matching the last word as people type.
 */
export async function searchIngredientsByName(query: string, limit = 12): Promise<IngredientOption[]> {
  const { ingredients } = await getCatalogue();
  return searchIngredients(query, ingredients, { limit }).map(({ slug, name }) => ({ slug, name }));
}

/** Names for stored slugs, so the picker can show what was chosen before. */
export async function namesOfIngredients(slugs: readonly string[]): Promise<IngredientOption[]> {
  if (slugs.length === 0) return [];
  return db.ingredient.findMany({
    where: { slug: { in: [...slugs] } },
    orderBy: { name: "asc" },
    select: { slug: true, name: true },
  });
}
