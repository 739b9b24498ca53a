import type { Unit } from "@/lib/units";
import type { BaseUnit } from "./types";

export interface PurchaseAmount {
  amount: number;
  unit: Unit;
}

/** Guards against 2.0000000001 pieces (float noise from scaling) rounding up to 3. */
const NOISE = 1e-9;

/**
 * What to put in the basket: always rounded up, never down, so a recipe is never short.
 *
 * Grams and millilitres: to the next 1 below 10, next 10 below 500, next 50 below 1000, and from
 * 1000 on to the next 100 shown as kg / l. Count units: the next whole unit.
 */
export function roundPurchaseAmount(exact: number, unit: BaseUnit): PurchaseAmount {
  if (!(exact > 0)) return { amount: 0, unit };
  if (unit !== "g" && unit !== "ml") return { amount: roundUp(exact, 1), unit };
  const step = exact < 10 ? 1 : exact < 500 ? 10 : exact < 1000 ? 50 : 100;
  const rounded = roundUp(exact, step);
  if (rounded < 1000) return { amount: rounded, unit };
  // Whole hundreds divided by 1000 print cleanly (1.3, not 1.2999999999999998).
  return { amount: rounded / 1000, unit: unit === "g" ? "kg" : "l" };
}

function roundUp(value: number, step: number): number {
  return Math.ceil(value / step - NOISE) * step;
}
