import type { Ingredient } from "@/lib/catalogue/types";
import { COUNT_UNITS, type CountUnit, type Unit, unitKind } from "@/lib/units";
import { isLiquid } from "./is-liquid";
import type { BaseUnit } from "./types";

/**
 * The order in which a food's amounts are merged: every use goes into the first unit it converts to.
 *
 * 1. A count unit, when the food is counted: the count unit the recipes use most (eggs, onions,
 *    cans, cloves); failing that, `piece` for produce/dairy-eggs with a known piece weight and `can`
 *    for canned goods with a known can weight, since those are sold by the unit.
 * 2. Millilitres before grams for liquids (see `isLiquid`), grams before millilitres otherwise.
 * 3. Any other count unit the recipes use, in `COUNT_UNITS` order, as a last resort.
 */
export function rankBuyUnits(ingredient: Ingredient, usedUnits: readonly Unit[]): BaseUnit[] {
  const countUses = new Map<CountUnit, number>();
  for (const unit of usedUnits) {
    if (unitKind(unit) === "count") {
      const count = unit as CountUnit;
      countUses.set(count, (countUses.get(count) ?? 0) + 1);
    }
  }
  const preferredCount = mostUsedCount(countUses) ?? soldByTheUnit(ingredient);
  const continuous: BaseUnit[] = isLiquid(ingredient) ? ["ml", "g"] : ["g", "ml"];
  const rest = COUNT_UNITS.filter((unit) => countUses.has(unit) && unit !== preferredCount);
  return [...(preferredCount ? [preferredCount] : []), ...continuous, ...rest];
}

function mostUsedCount(countUses: ReadonlyMap<CountUnit, number>): CountUnit | null {
  let best: CountUnit | null = null;
  for (const unit of COUNT_UNITS) {
    const uses = countUses.get(unit) ?? 0;
    if (uses > 0 && (best === null || uses > (countUses.get(best) ?? 0))) best = unit;
  }
  return best;
}

function soldByTheUnit(ingredient: Ingredient): CountUnit | null {
  const weights = ingredient.gramsPerCount ?? {};
  if ((ingredient.aisle === "produce" || ingredient.aisle === "dairy-eggs") && weights.piece) return "piece";
  if (ingredient.aisle === "canned-jarred" && weights.can) return "can";
  return null;
}
