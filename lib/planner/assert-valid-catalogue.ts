import type { CatalogueRecipe } from "@/lib/catalogue/types";
import { PlannerError } from "./errors";

// Catalogues are long-lived arrays shared across many plans: check each one once.
const checked = new WeakSet<readonly CatalogueRecipe[]>();

/** Rejects a catalogue the engine cannot reason about (bad nutrition would silently corrupt every plan). */
export function assertValidCatalogue(catalogue: readonly CatalogueRecipe[]): void {
  if (checked.has(catalogue)) return;
  const ids = new Set<string>();
  for (const recipe of catalogue) {
    if (ids.has(recipe.id))
      throw new PlannerError("INVALID_CATALOGUE", `recipe id ${recipe.id} appears twice`);
    ids.add(recipe.id);
    const { kcal, proteinG, carbsG, fatG } = recipe.perServing;
    if (![kcal, proteinG, carbsG, fatG].every((v) => Number.isFinite(v) && v >= 0)) {
      throw new PlannerError("INVALID_CATALOGUE", `recipe ${recipe.id} has invalid nutrition per serving`);
    }
    if (
      !Number.isFinite(recipe.prepMinutes + recipe.cookMinutes) ||
      recipe.prepMinutes < 0 ||
      recipe.cookMinutes < 0
    ) {
      throw new PlannerError("INVALID_CATALOGUE", `recipe ${recipe.id} has invalid preparation time`);
    }
  }
  checked.add(catalogue);
}
