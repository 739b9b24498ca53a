import type { CatalogueRecipe, Macros } from "@/lib/catalogue/types";
import { explainTargetMisses } from "./explain-target-misses";
import { levelOfOption, recipeOfOption, type PlanningContext } from "./planning-context";
import {
  DAY_NAMES,
  DAYS_PER_WEEK,
  MACRO_KEYS,
  SERVING_LEVELS,
  mealSlotOf,
  type DayName,
  type EffectiveRules,
  type PlannedDay,
  type PlannedMeal,
  type PlanSlot,
  type Relaxation,
  type WeekPlan,
} from "./types";

const WITHIN_PCT = 5;

function refAt(ctx: PlanningContext, p: number): { day: DayName; slot: PlanSlot } {
  return { day: DAY_NAMES[Math.floor(p / ctx.S)] as DayName, slot: ctx.slots[p % ctx.S] as PlanSlot };
}

function scale(m: Macros, s: number): Macros {
  return { kcal: m.kcal * s, proteinG: m.proteinG * s, carbsG: m.carbsG * s, fatG: m.fatG * s };
}

/** Turns an option per position into the plan users and callers see, with totals and score. */
export function buildWeekPlan(
  ctx: PlanningContext,
  opt: Int32Array,
  rules: EffectiveRules,
  relaxations: Relaxation[],
  seed: number,
): WeekPlan {
  const servingsAt = (p: number): number => SERVING_LEVELS[levelOfOption(opt[p] as number)] as number;
  const days: PlannedDay[] = [];
  let absSum = 0;
  let maxAbs = 0;
  let within = 0;
  let lastWeekRepeats = 0;
  for (let d = 0; d < DAYS_PER_WEEK; d++) {
    const meals: PlannedMeal[] = [];
    const totals: Macros = { kcal: 0, proteinG: 0, carbsG: 0, fatG: 0 };
    for (let k = 0; k < ctx.S; k++) {
      const p = d * ctx.S + k;
      const r = recipeOfOption(opt[p] as number);
      // Every position holds an option by construction.
      const recipe = ctx.recipes[r] as CatalogueRecipe;
      const servings = servingsAt(p);
      const macros = scale(recipe.perServing, servings);
      for (const key of MACRO_KEYS) totals[key] += macros[key];
      if ((ctx.cookOf[p] as number) < 0 && ctx.lastWeek[r] === 1) lastWeekRepeats++;
      const meal: PlannedMeal = {
        slot: ctx.slots[k] as PlanSlot,
        recipeId: recipe.id,
        recipeName: recipe.name,
        servings,
        macros,
        locked: (ctx.lockedOpt[p] as number) >= 0,
        batchServings: servings,
      };
      const eat = ctx.eatOf[p] as number;
      if (eat >= 0) {
        const leftover = servingsAt(eat);
        meal.leftoverFor = { ...refAt(ctx, eat), servings: leftover };
        meal.batchServings = servings + leftover;
      }
      const cook = ctx.cookOf[p] as number;
      if (cook >= 0) {
        meal.leftoverOf = refAt(ctx, cook);
        meal.batchServings = 0;
      }
      meals.push(meal);
    }
    const deviationPct: Macros = { kcal: 0, proteinG: 0, carbsG: 0, fatG: 0 };
    let dayWithin = true;
    for (const key of MACRO_KEYS) {
      const dev = (100 * (totals[key] - ctx.targets[key])) / ctx.targets[key];
      deviationPct[key] = dev;
      absSum += Math.abs(dev);
      maxAbs = Math.max(maxAbs, Math.abs(dev));
      if (Math.abs(dev) > WITHIN_PCT) dayWithin = false;
    }
    if (dayWithin) within++;
    days.push({ day: DAY_NAMES[d] as DayName, meals, totals, deviationPct });
  }
  const targetMisses =
    within < DAYS_PER_WEEK
      ? explainTargetMisses(days, ctx.catalogue, {
          targets: ctx.targets,
          filter: ctx.filter,
          daySlots: ctx.slots.map(mealSlotOf),
          snacks: ctx.request.snacks,
          maxUsesPerWeek: rules.maxUsesPerWeek,
        })
      : [];
  return {
    seed,
    slots: [...ctx.slots],
    targets: { ...ctx.targets },
    days,
    score: {
      meanAbsDeviationPct: absSum / (DAYS_PER_WEEK * MACRO_KEYS.length),
      maxAbsDeviationPct: maxAbs,
      daysWithin5Pct: within,
      lastWeekRepeats,
    },
    relaxations,
    targetMisses,
    rules,
  };
}
