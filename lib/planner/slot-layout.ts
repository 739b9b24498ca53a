import type { PlanSlot } from "./types";

/** The slots of a day for a number of snacks, in eating order for display. */
export function planSlotsFor(snacks: number): PlanSlot[] {
  const slots: PlanSlot[] = ["breakfast", "lunch", "dinner"];
  if (snacks >= 1) slots.push("snack1");
  if (snacks >= 2) slots.push("snack2");
  return slots;
}

// Typical splits from dietetic practice: dinner largest, snacks small enough to stay snacks.
const DEFAULT_SPLITS: Record<number, Partial<Record<PlanSlot, number>>> = {
  0: { breakfast: 0.25, lunch: 0.35, dinner: 0.4 },
  1: { breakfast: 0.25, lunch: 0.3, dinner: 0.35, snack1: 0.1 },
  2: { breakfast: 0.2, lunch: 0.3, dinner: 0.3, snack1: 0.1, snack2: 0.1 },
};

/** Share of daily kcal per planned slot, summing to 1; user weights override the defaults per slot. */
export function kcalSharesFor(
  slots: readonly PlanSlot[],
  split: Partial<Record<PlanSlot, number>> | undefined,
): number[] {
  const defaults = DEFAULT_SPLITS[slots.length - 3] ?? {};
  const weights = slots.map((slot) => split?.[slot] ?? defaults[slot] ?? 1 / slots.length);
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}
