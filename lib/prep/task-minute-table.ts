/**
 * Rough minute estimates for prep tasks. They only need to be good enough to size a session, so
 * they are round numbers for an average home cook, not measurements.
 */
import type { CountUnit } from "@/lib/units";

export interface BatchCookable {
  /** matches a slug equal to the key or ending in `-key` (plural -s/-es allowed) */
  key: string;
  /** one pot, whatever the amount: stovetop time including bringing to the boil */
  minutes: number;
}

/** Dry grains and legumes from the grains-pasta aisle; the more specific keys come first. */
export const BATCH_COOKABLES: readonly BatchCookable[] = [
  { key: "brown-rice", minutes: 40 },
  { key: "wild-rice", minutes: 45 },
  { key: "rice", minutes: 20 },
  { key: "quinoa", minutes: 15 },
  { key: "couscous", minutes: 10 },
  { key: "bulgur", minutes: 15 },
  { key: "freekeh", minutes: 25 },
  { key: "millet", minutes: 20 },
  { key: "farro", minutes: 30 },
  { key: "barley", minutes: 40 },
  { key: "lentil", minutes: 25 },
  // dried and already soaked
  { key: "chickpea", minutes: 60 },
  { key: "bean", minutes: 60 },
];

export interface Choppable {
  key: string;
  /** the unit pieces are counted in for the task */
  unit: CountUnit;
  /** used when the catalogue has no weight for `unit` */
  typicalGrams: number;
  minutesPerUnit: number;
}

/**
 * Hardy produce that keeps 3–4 days chopped in a sealed box. Leaves, herbs, tomatoes, potatoes and
 * avocados are left out: they wilt, weep or brown, so they are cut on the day.
 */
export const CHOPPABLES: readonly Choppable[] = [
  { key: "spring-onion", unit: "piece", typicalGrams: 15, minutesPerUnit: 0.5 },
  { key: "green-onion", unit: "piece", typicalGrams: 15, minutesPerUnit: 0.5 },
  { key: "scallion", unit: "piece", typicalGrams: 15, minutesPerUnit: 0.5 },
  { key: "onion", unit: "piece", typicalGrams: 150, minutesPerUnit: 2 },
  { key: "shallot", unit: "piece", typicalGrams: 40, minutesPerUnit: 1.5 },
  { key: "garlic", unit: "clove", typicalGrams: 5, minutesPerUnit: 0.5 },
  { key: "ginger", unit: "piece", typicalGrams: 30, minutesPerUnit: 2 },
  { key: "carrot", unit: "piece", typicalGrams: 60, minutesPerUnit: 1 },
  { key: "celery", unit: "stalk", typicalGrams: 40, minutesPerUnit: 1 },
  { key: "bell-pepper", unit: "piece", typicalGrams: 150, minutesPerUnit: 2 },
  { key: "capsicum", unit: "piece", typicalGrams: 150, minutesPerUnit: 2 },
  { key: "leek", unit: "piece", typicalGrams: 200, minutesPerUnit: 2 },
  { key: "zucchini", unit: "piece", typicalGrams: 200, minutesPerUnit: 2 },
  { key: "courgette", unit: "piece", typicalGrams: 200, minutesPerUnit: 2 },
  { key: "broccoli", unit: "piece", typicalGrams: 300, minutesPerUnit: 3 },
  { key: "cauliflower", unit: "piece", typicalGrams: 600, minutesPerUnit: 4 },
  { key: "sweet-potato", unit: "piece", typicalGrams: 200, minutesPerUnit: 2 },
  { key: "squash", unit: "piece", typicalGrams: 1000, minutesPerUnit: 8 },
  { key: "cabbage", unit: "piece", typicalGrams: 900, minutesPerUnit: 5 },
  { key: "mushroom", unit: "piece", typicalGrams: 20, minutesPerUnit: 0.3 },
];

/** Chopped vegetables measured by volume ("1 cup diced onion") when the food has no density. */
export const CHOPPED_DENSITY_G_PER_ML = 0.6;

/** Portioning, cooling and boxing the extra portions of a meal cooked for later. */
export const PACK_MINUTES = 5;
/** Wrapping and freezing fresh meat or fish on shopping day. */
export const FREEZE_MINUTES = 2;
/** Moving a package from the freezer to the fridge. */
export const THAW_MINUTES = 1;
/** Starting a marinade or a soak the evening before. */
export const OVERNIGHT_MINUTES = 10;

/** Fresh meat and fish keep about two days in the fridge; later meals get it frozen. */
export const FRESH_MEAT_DAYS = 2;
