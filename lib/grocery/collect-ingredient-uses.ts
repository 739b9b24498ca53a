import type { CookingBatch, IngredientUse } from "./types";

/**
 * Every recipe line of every batch, scaled from the recipe's yield to the portions cooked.
 * "To taste" lines stay null: they have no amount to scale.
 */
export function collectIngredientUses(batches: readonly CookingBatch[]): IngredientUse[] {
  const uses: IngredientUse[] = [];
  for (const batch of batches) {
    const scale = batch.totalPortions / batch.recipe.servings;
    for (const line of batch.recipe.ingredients) {
      uses.push({
        ingredientSlug: line.ingredientSlug,
        batch,
        quantity: line.quantity === null ? null : line.quantity * scale,
        unit: line.unit,
        ...(line.note === undefined ? {} : { note: line.note }),
      });
    }
  }
  return uses;
}
