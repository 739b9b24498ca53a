import type { Macros, MealSlot } from "@/lib/catalogue/types";
import {
  DAY_NAMES,
  type DayName,
  type EffectiveRules,
  type PlanSlot,
  type PlannedDay,
  type PlannedMeal,
  type Relaxation,
  type TargetMiss,
  type WeekPlan,
} from "@/lib/planner";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/** One stored planned meal, in the columns the engine needs to pick the week up again. */
export interface StoredMeal {
  id: string;
  dayIndex: number;
  slot: MealSlot;
  slotIndex: number;
  servings: number;
  isLocked: boolean;
  leftoverOfId: string | null;
  leftoverPortions: number;
  kcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
  recipe: { slug: string; name: string };
}

/** What the engine needs beyond the rows: the rules the week was made under and why they were loosened. */
export interface EngineState {
  rules: EffectiveRules;
  relaxations: Relaxation[];
}

/** What `meal_plans.rules` stores: the engine state a later swap needs. */
export function engineStateJson(plan: WeekPlan): Prisma.InputJsonValue {
  const state: EngineState = { rules: plan.rules, relaxations: plan.relaxations };
  return state as unknown as Prisma.InputJsonValue;
}

const MACRO_KEYS = ["kcal", "proteinG", "carbsG", "fatG"] as const;
const WITHIN_PCT = 5;

/** Stored slot + index → the planner's position name (two snacks share the catalogue's `snack` slot). */
export function planSlotOf(slot: MealSlot, slotIndex: number): PlanSlot {
  if (slot !== "snack") return slot;
  return slotIndex === 0 ? "snack1" : "snack2";
}

const SLOT_ORDER: PlanSlot[] = ["breakfast", "lunch", "dinner", "snack1", "snack2"];

/**
 * Rebuilds the planner's `WeekPlan` from stored rows, so `swapMeal` and `regenerateWeekPlan` can continue
 * from what the person sees (including their locks) rather than from a fresh plan.
 */
export function toWeekPlan(
  meals: readonly StoredMeal[],
  targets: Macros,
  seed: number,
  engine: EngineState,
  /** what `meal_plans.target_misses` holds for the week (written from the engine's own explanation) */
  targetMisses: TargetMiss[] = [],
): WeekPlan {
  const refById = new Map(
    meals.map((m) => [
      m.id,
      { day: DAY_NAMES[m.dayIndex] as DayName, slot: planSlotOf(m.slot, m.slotIndex) },
    ]),
  );
  const leftoverOf = new Map(meals.filter((m) => m.leftoverOfId).map((m) => [m.leftoverOfId as string, m]));
  const slots = SLOT_ORDER.filter((slot) =>
    meals.some((m) => m.dayIndex === 0 && planSlotOf(m.slot, m.slotIndex) === slot),
  );
  const days: PlannedDay[] = DAY_NAMES.map((day, dayIndex) => {
    const today = meals.filter((m) => m.dayIndex === dayIndex);
    if (today.length !== slots.length) {
      throw new AppError("CONFLICT", "This week's plan is incomplete; make a new plan for the week.");
    }
    const planned = slots.map((slot): PlannedMeal => {
      const row = today.find((m) => planSlotOf(m.slot, m.slotIndex) === slot) as StoredMeal;
      const meal: PlannedMeal = {
        slot,
        recipeId: row.recipe.slug,
        recipeName: row.recipe.name,
        servings: row.servings,
        macros: { kcal: row.kcal, proteinG: row.proteinG, carbsG: row.carbsG, fatG: row.fatG },
        locked: row.isLocked,
        batchServings: row.servings,
      };
      const eater = leftoverOf.get(row.id);
      if (eater) {
        const ref = refById.get(eater.id);
        if (ref) meal.leftoverFor = { ...ref, servings: eater.servings };
        meal.batchServings = row.servings + eater.servings;
      }
      const cook = row.leftoverOfId ? refById.get(row.leftoverOfId) : undefined;
      if (cook) {
        meal.leftoverOf = cook;
        meal.batchServings = 0;
      }
      return meal;
    });
    const totals: Macros = { kcal: 0, proteinG: 0, carbsG: 0, fatG: 0 };
    for (const meal of planned) for (const key of MACRO_KEYS) totals[key] += meal.macros[key];
    const deviationPct: Macros = { kcal: 0, proteinG: 0, carbsG: 0, fatG: 0 };
    for (const key of MACRO_KEYS) deviationPct[key] = (100 * (totals[key] - targets[key])) / targets[key];
    return { day, meals: planned, totals, deviationPct };
  });
  const deviations = days.flatMap((d) => MACRO_KEYS.map((key) => Math.abs(d.deviationPct[key])));
  return {
    seed,
    slots,
    targets: { ...targets },
    days,
    score: {
      meanAbsDeviationPct: deviations.reduce((a, b) => a + b, 0) / deviations.length,
      maxAbsDeviationPct: Math.max(...deviations),
      daysWithin5Pct: days.filter((d) => MACRO_KEYS.every((k) => Math.abs(d.deviationPct[k]) <= WITHIN_PCT))
        .length,
      lastWeekRepeats: 0,
    },
    relaxations: engine.relaxations,
    targetMisses,
    rules: engine.rules,
  };
}
