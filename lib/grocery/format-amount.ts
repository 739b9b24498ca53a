import { type Unit, unitKind } from "@/lib/units";

const PLURALS: Partial<Record<Unit, string>> = {
  piece: "pieces",
  clove: "cloves",
  slice: "slices",
  can: "cans",
  sprig: "sprigs",
  leaf: "leaves",
  stalk: "stalks",
  bunch: "bunches",
  cup: "cups",
};

/** "250 g", "1.3 kg", "1 can", "3 cloves": at most two decimals, count units pluralised. */
export function formatAmount(amount: number, unit: Unit): string {
  const shown = Number(amount.toFixed(2));
  const plural = unitKind(unit) !== "mass" && shown !== 1 ? PLURALS[unit] : undefined;
  return `${shown} ${plural ?? unit}`;
}
