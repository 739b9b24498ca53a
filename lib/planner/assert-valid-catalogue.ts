import type { CatalogueRecipe } from "@/lib/catalogue/types";
import { PlannerError } from "./errors";

// Catalogues are long-lived arrays shared across many plans: check each one once.
const checked = new WeakSet<readonly CatalogueRecipe[]>();

/** Rejects a catalogue the engine cannot reason about (bad nutrition would silently corrupt every plan). */
export function assertValidCatalogue(catalogue: readonly CatalogueRecipe[]): void {
  // Callers outside TypeScript (a job payload, a failed load) can pass anything.
  if (!Array.isArray(catalogue)) {
    throw new PlannerError(
      "INVALID_CATALOGUE",
      `the recipe catalogue must be a list of recipes, got ${describeValue(catalogue)}`,
    );
  }
  if (checked.has(catalogue)) return;
  const ids = new Set<string>();
  for (const [position, recipe] of catalogue.entries()) {
    if (
      typeof recipe !== "object" ||
      recipe === null ||
      typeof recipe.id !== "string" ||
      typeof recipe.perServing !== "object" ||
      recipe.perServing === null ||
      !Array.isArray(recipe.slots) ||
      !Array.isArray(recipe.ingredients) ||
      !Array.isArray(recipe.allergens)
    ) {
      throw new PlannerError(
        "INVALID_CATALOGUE",
        `catalogue entry ${position} is not a recipe (it needs id, slots, perServing, allergens and ingredients)`,
      );
    }
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

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  return typeof value;
}
