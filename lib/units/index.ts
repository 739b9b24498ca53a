/**
 * Units of measure for recipes, nutrition and grocery lists.
 *
 * Convention (documented in README): US nutrition-labelling measures, which are metric-exact —
 * 1 tsp = 5 ml, 1 tbsp = 15 ml, 1 cup = 240 ml, 1 fl oz = 30 ml (21 CFR 101.9(b)(5)(viii)).
 * Mass uses the exact avoirdupois ounce and pound. Mass and volume are converted into each other only
 * through a known per-ingredient density; count units (piece, clove, slice, can…) only through a known
 * per-ingredient weight for that count unit.
 */

export type UnitKind = "mass" | "volume" | "count";

export const MASS_UNITS = { g: 1, kg: 1000, oz: 28.349523125, lb: 453.59237 } as const;
export const VOLUME_UNITS = { ml: 1, l: 1000, tsp: 5, tbsp: 15, cup: 240, "fl oz": 30 } as const;
export const COUNT_UNITS = ["piece", "clove", "slice", "can", "sprig", "leaf", "stalk", "bunch"] as const;

export type MassUnit = keyof typeof MASS_UNITS;
export type VolumeUnit = keyof typeof VOLUME_UNITS;
export type CountUnit = (typeof COUNT_UNITS)[number];
export type Unit = MassUnit | VolumeUnit | CountUnit;

const ALIASES: Record<string, Unit> = {
  g: "g",
  gram: "g",
  grams: "g",
  gr: "g",
  kg: "kg",
  kilogram: "kg",
  kilograms: "kg",
  oz: "oz",
  ounce: "oz",
  ounces: "oz",
  lb: "lb",
  lbs: "lb",
  pound: "lb",
  pounds: "lb",
  ml: "ml",
  millilitre: "ml",
  milliliter: "ml",
  millilitres: "ml",
  milliliters: "ml",
  l: "l",
  litre: "l",
  liter: "l",
  litres: "l",
  liters: "l",
  tsp: "tsp",
  teaspoon: "tsp",
  teaspoons: "tsp",
  tbsp: "tbsp",
  tablespoon: "tbsp",
  tablespoons: "tbsp",
  cup: "cup",
  cups: "cup",
  "fl oz": "fl oz",
  floz: "fl oz",
  "fluid ounce": "fl oz",
  "fluid ounces": "fl oz",
  piece: "piece",
  pieces: "piece",
  pc: "piece",
  pcs: "piece",
  whole: "piece",
  "": "piece",
  clove: "clove",
  cloves: "clove",
  slice: "slice",
  slices: "slice",
  can: "can",
  cans: "can",
  tin: "can",
  tins: "can",
  sprig: "sprig",
  sprigs: "sprig",
  leaf: "leaf",
  leaves: "leaf",
  stalk: "stalk",
  stalks: "stalk",
  bunch: "bunch",
  bunches: "bunch",
};

/** Maps a free-text unit ("Tablespoons", "lbs") to a canonical unit, or null when it is unknown. */
export function parseUnit(raw: string): Unit | null {
  return ALIASES[raw.trim().toLowerCase().replace(/\.$/, "")] ?? null;
}

export function unitKind(unit: Unit): UnitKind {
  if (unit in MASS_UNITS) return "mass";
  if (unit in VOLUME_UNITS) return "volume";
  return "count";
}

/** Physical facts about one ingredient that make cross-dimension conversion possible. */
export interface IngredientPhysics {
  /** grams per millilitre, when known */
  densityGPerMl?: number | null;
  /** grams per one of a count unit, e.g. { piece: 50, clove: 3 } */
  gramsPerCount?: Partial<Record<CountUnit, number>> | null;
}

/** Quantity in the base unit of its own dimension: grams, millilitres, or the count unit itself. */
export function toBaseAmount(quantity: number, unit: Unit): number {
  if (unit in MASS_UNITS) return quantity * MASS_UNITS[unit as MassUnit];
  if (unit in VOLUME_UNITS) return quantity * VOLUME_UNITS[unit as VolumeUnit];
  return quantity;
}

/** Grams for a quantity, or null when the ingredient lacks the density/unit weight needed. */
export function toGrams(quantity: number, unit: Unit, physics: IngredientPhysics = {}): number | null {
  const kind = unitKind(unit);
  if (kind === "mass") return toBaseAmount(quantity, unit);
  if (kind === "volume") {
    return physics.densityGPerMl ? toBaseAmount(quantity, unit) * physics.densityGPerMl : null;
  }
  const perCount = physics.gramsPerCount?.[unit as CountUnit];
  return perCount ? quantity * perCount : null;
}

/** Millilitres for a quantity, or null when a mass/count cannot be turned into a volume. */
export function toMillilitres(quantity: number, unit: Unit, physics: IngredientPhysics = {}): number | null {
  if (unitKind(unit) === "volume") return toBaseAmount(quantity, unit);
  const grams = toGrams(quantity, unit, physics);
  return grams !== null && physics.densityGPerMl ? grams / physics.densityGPerMl : null;
}
