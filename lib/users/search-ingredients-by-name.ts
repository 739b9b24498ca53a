import { db } from "@/lib/db";

export interface IngredientOption {
  slug: string;
  name: string;
}

/**
 * The dislikes picker's search: ingredients whose name contains the words typed ("chicken" finds every
 * chicken cut). Deliberately small and behind this one function, so a family-aware search can replace it.
 */
export async function searchIngredientsByName(query: string, limit = 12): Promise<IngredientOption[]> {
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 4);
  if (words.length === 0) return [];
  return db.ingredient.findMany({
    where: { AND: words.map((word) => ({ name: { contains: word, mode: "insensitive" as const } })) },
    orderBy: { name: "asc" },
    take: limit,
    select: { slug: true, name: true },
  });
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
