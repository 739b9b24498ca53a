import type { Ingredient } from "@/lib/catalogue/types";
import { convertAmount } from "./convert-amount";
import { rankBuyUnits } from "./rank-buy-units";
import type { BaseUnit, IngredientUse } from "./types";

export interface MergedUse {
  use: IngredientUse;
  /** the use's quantity in the group's unit */
  amount: number;
}

export interface MergedAmount {
  unit: BaseUnit;
  /** the plain sum of the members' amounts */
  total: number;
  uses: MergedUse[];
}

export interface MergedIngredient {
  /** in buy-preference order; more than one group means some amounts could not be converted */
  groups: MergedAmount[];
  toTaste: IngredientUse[];
}

/**
 * Totals one food's uses. Each use joins the most preferred unit it converts to (see
 * `rankBuyUnits`); a use that converts to none of the earlier units lands in a later group, so
 * incompatible amounts stay visible side by side instead of being merged by guesswork.
 */
export function mergeIngredientUses(
  ingredient: Ingredient,
  uses: readonly IngredientUse[],
): MergedIngredient {
  const toTaste = uses.filter((use) => use.quantity === null);
  let remaining = uses.filter((use) => use.quantity !== null);
  const groups: MergedAmount[] = [];
  for (const unit of rankBuyUnits(
    ingredient,
    remaining.map((use) => use.unit),
  )) {
    const members: MergedUse[] = [];
    const unconverted: IngredientUse[] = [];
    for (const use of remaining) {
      const amount = convertAmount(use.quantity ?? 0, use.unit, unit, ingredient);
      if (amount === null) unconverted.push(use);
      else members.push({ use, amount });
    }
    if (members.length > 0) {
      groups.push({ unit, total: members.reduce((sum, m) => sum + m.amount, 0), uses: members });
    }
    remaining = unconverted;
  }
  return { groups, toTaste };
}
