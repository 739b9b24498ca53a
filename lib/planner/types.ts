import type { Macros, MealSlot } from "@/lib/catalogue/types";
import type { TargetMiss } from "./explain-target-misses";

/** Positions in a day. Two snack positions share the catalogue's single `snack` slot. */
export const PLAN_SLOTS = ["breakfast", "lunch", "dinner", "snack1", "snack2"] as const;
export type PlanSlot = (typeof PLAN_SLOTS)[number];

export const DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type DayName = (typeof DAY_NAMES)[number];
export const DAYS_PER_WEEK = 7;
export const WEEKEND_DAYS: readonly DayName[] = ["sat", "sun"];

/** Servings are scaled from half a portion to a double portion in quarter steps. */
export const SERVING_LEVELS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

export const MACRO_KEYS = ["kcal", "proteinG", "carbsG", "fatG"] as const satisfies readonly (keyof Macros)[];
export type MacroKey = (typeof MACRO_KEYS)[number];

export function mealSlotOf(slot: PlanSlot): MealSlot {
  return slot === "snack1" || slot === "snack2" ? "snack" : slot;
}

export function isWeekend(day: DayName): boolean {
  return WEEKEND_DAYS.includes(day);
}

export interface MealRef {
  day: DayName;
  slot: PlanSlot;
}

/** A relaxation the planner had to make, and why, in words a user can act on. */
export interface Relaxation {
  rule: "last-week-avoidance" | "variety-limit" | "consecutive-days" | "time-limit";
  /** the catalogue slot whose recipes were too few */
  mealSlot: MealSlot;
  message: string;
  /** for time relaxations: the day positions allowed the longer limit */
  meals?: MealRef[];
  minutes?: number;
  maxUsesPerWeek?: number;
}

/**
 * The rules a plan was built under after relaxations. Stored on the plan so swaps and checks apply
 * exactly the rules the plan was made with, without re-deriving relaxations.
 */
export interface EffectiveRules {
  /** weekly use limit for recipes that may be served in that catalogue slot */
  maxUsesPerWeek: Record<MealSlot, number>;
  /** catalogue slots whose recipes may repeat on consecutive days (or twice in a day) */
  consecutiveAllowed: MealSlot[];
  /** catalogue slots whose recipes from last week may come back (penalised, not forbidden) */
  lastWeekAllowed: MealSlot[];
  /** raised time limits in minutes; null lifts the limit */
  timeLimitOverrides: (MealRef & { minutes: number | null })[];
}

export interface LeftoverPortion extends MealRef {
  servings: number;
}

export interface PlannedMeal {
  slot: PlanSlot;
  recipeId: string;
  recipeName: string;
  servings: number;
  macros: Macros;
  locked: boolean;
  /** on the cooking meal: where its planned leftover portion is eaten */
  leftoverFor?: LeftoverPortion;
  /** portions to cook now: own servings plus any planned leftover; 0 for a leftover meal */
  batchServings: number;
  /** on a leftover meal: the meal that cooked it */
  leftoverOf?: MealRef;
}

export interface PlannedDay {
  day: DayName;
  meals: PlannedMeal[];
  totals: Macros;
  /** signed deviation from the daily targets, in % of each target */
  deviationPct: Macros;
}

export interface PlanScore {
  /** mean absolute % deviation over the 7 × 4 day-macro values: the quantity the engine minimises */
  meanAbsDeviationPct: number;
  maxAbsDeviationPct: number;
  /** days on which all four macros are within ±5 % */
  daysWithin5Pct: number;
  lastWeekRepeats: number;
}

export interface WeekPlan {
  seed: number;
  slots: PlanSlot[];
  targets: Macros;
  days: PlannedDay[];
  score: PlanScore;
  relaxations: Relaxation[];
  /** targets the week misses: which macro, by how much, why and what would help ([] when none) */
  targetMisses: TargetMiss[];
  rules: EffectiveRules;
}
