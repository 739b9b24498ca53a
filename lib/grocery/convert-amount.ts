import { type CountUnit, type IngredientPhysics, type Unit, toGrams, toMillilitres } from "@/lib/units";
import type { BaseUnit } from "./types";

/**
 * A quantity expressed in `target`, or null when this food's physics cannot bridge the dimensions.
 * All conversion goes through `@/lib/units`, so the app has one tsp/cup/oz convention; count units
 * meet other units only through the food's weight per that count unit.
 */
export function convertAmount(
  quantity: number,
  unit: Unit,
  target: BaseUnit,
  physics: IngredientPhysics,
): number | null {
  if (target === "g") return toGrams(quantity, unit, physics);
  if (target === "ml") return toMillilitres(quantity, unit, physics);
  if (unit === target) return quantity;
  const grams = toGrams(quantity, unit, physics);
  const perCount = physics.gramsPerCount?.[target as CountUnit];
  return grams !== null && perCount ? grams / perCount : null;
}
