import type { Ingredient } from "@/lib/catalogue/types";
import { BATCH_COOKABLES, type BatchCookable, CHOPPABLES, type Choppable } from "./task-minute-table";

export type PrepItem = { kind: "batch-cook"; entry: BatchCookable } | { kind: "pre-chop"; entry: Choppable };

/**
 * Whether a food can be prepared ahead, judged by aisle and slug so "rice-vinegar" (oils aisle) or
 * "black-pepper" (spices) never match rice or bell pepper.
 */
export function matchPrepItem(ingredient: Pick<Ingredient, "slug" | "aisle">): PrepItem | null {
  const slug = ingredient.slug.toLowerCase();
  if (ingredient.aisle === "grains-pasta") {
    const entry = BATCH_COOKABLES.find((item) => slugEndsWith(slug, item.key));
    return entry ? { kind: "batch-cook", entry } : null;
  }
  if (ingredient.aisle === "produce") {
    const entry = CHOPPABLES.find((item) => slugEndsWith(slug, item.key));
    return entry ? { kind: "pre-chop", entry } : null;
  }
  return null;
}

function slugEndsWith(slug: string, key: string): boolean {
  return [key, `${key}s`, `${key}es`].some((word) => slug === word || slug.endsWith(`-${word}`));
}
