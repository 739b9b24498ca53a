/**
 * When a week misses a target, says which macro, by how much, why, and what would help — so a plan
 * that sits 14 % off is never silent. The "why" is a proof where one exists, from two bounds that
 * hold for every week the recipes allow, whatever the search does:
 *
 * - **Ratio**: a day's protein per kcal is a kcal-weighted average of its meals' protein per kcal,
 *   so it can never exceed the best recipe's. With normalised totals (1 = target), protein ≤ r·kcal
 *   for r = best ratio / target ratio < 1 means |protein − 1| + |kcal − 1| ≥ 1 − r on every day
 *   (the least is at kcal = 1, protein = r). The same holds for any pair of macros, and mirrored
 *   for a floor (a low-carb target under the least carbs per kcal any recipe has).
 * - **Size**: a day cannot hold more than every planned slot's largest recipe at the serving cap,
 *   nor less than the smallest at the lowest level.
 *
 * Only weeks that miss are explained; the work is a few passes over the catalogue.
 */
import { DIETS, type Allergen, type CatalogueRecipe, type Diet, type MealSlot } from "@/lib/catalogue/types";
import { describeAnyRecipes, describeRecipes, listCapped } from "./describe";
import { selectSafeRecipes, type SafetyFilter } from "./select-safe-recipes";
import { MACRO_KEYS, SERVING_LEVELS, type MacroKey, type PlannedDay } from "./types";

export interface TargetMiss {
  macro: MacroKey;
  direction: "under" | "over";
  /** mean signed deviation of this macro over the week, % of target */
  meanDeviationPct: number;
  /** days on which this macro is more than 5 % off */
  daysOff: number;
  /**
   * what no week from these recipes can beat, when it can be proven: on every day the deviations of
   * `macro` and `against` add up to at least `minDeviationPct` (for `against: null`, `macro` alone)
   */
  bound: { against: MacroKey | null; minDeviationPct: number } | null;
  /** why, in words */
  reason: string;
  /** changes that would let the recipes meet it, most effective first */
  helps: string[];
  /** the whole explanation for people */
  message: string;
}

export interface MissContext {
  targets: Record<MacroKey, number>;
  filter: SafetyFilter;
  /** catalogue slot of each planned position in a day, e.g. breakfast, lunch, dinner, snack */
  daySlots: readonly MealSlot[];
  snacks: number;
  /** weekly use limit per catalogue slot, after relaxations */
  maxUsesPerWeek: Record<MealSlot, number>;
}

const WITHIN_PCT = 5;
const MIN_DAYS_OFF = 2;
const MAX_SERVINGS = SERVING_LEVELS[SERVING_LEVELS.length - 1] as number;
const MIN_SERVINGS = SERVING_LEVELS[0] as number;

const HEAD: Record<MacroKey, string> = {
  kcal: "Energy is",
  proteinG: "Protein is",
  carbsG: "Carbs are",
  fatG: "Fat is",
};
const WORD: Record<MacroKey, string> = { kcal: "energy", proteinG: "protein", carbsG: "carbs", fatG: "fat" };
function amount(macro: MacroKey, value: number): string {
  return macro === "kcal" ? `${Math.round(value)} kcal` : `${Math.round(value)} g ${WORD[macro]}`;
}

/** "6.1 g protein per 100 kcal", "0.4 g carbs per g fat" */
function density(macro: MacroKey, against: MacroKey, ratio: number): string {
  if (against === "kcal") return `${(ratio * 100).toFixed(1)} g ${WORD[macro]} per 100 kcal`;
  if (macro === "kcal") return `${ratio.toFixed(0)} kcal per g ${WORD[against]}`;
  return `${ratio.toFixed(2)} g ${WORD[macro]} per g ${WORD[against]}`;
}

interface RatioBound {
  against: MacroKey;
  /** best (under) or least (over) ratio any usable recipe has */
  extreme: number;
  target: number;
  /** least |dev macro| + |dev against| per day, as a fraction */
  gap: number;
}

function usableRecipes(recipes: readonly CatalogueRecipe[], slots: readonly MealSlot[]): CatalogueRecipe[] {
  return recipes.filter((r) => r.slots.some((s) => slots.includes(s)));
}

function ratioBound(
  recipes: readonly CatalogueRecipe[],
  macro: MacroKey,
  against: MacroKey,
  direction: "under" | "over",
  targets: Record<MacroKey, number>,
): RatioBound | null {
  const target = targets[macro] / targets[against];
  let extreme = direction === "under" ? 0 : Infinity;
  for (const recipe of recipes) {
    const b = recipe.perServing[against];
    const ratio = b > 0 ? recipe.perServing[macro] / b : recipe.perServing[macro] > 0 ? Infinity : 0;
    extreme = direction === "under" ? Math.max(extreme, ratio) : Math.min(extreme, ratio);
  }
  if (recipes.length === 0) return null;
  const r = direction === "under" ? extreme / target : target / extreme;
  return { against, extreme, target, gap: Math.max(0, 1 - r) };
}

function strongestRatioBound(
  recipes: readonly CatalogueRecipe[],
  macro: MacroKey,
  direction: "under" | "over",
  targets: Record<MacroKey, number>,
): RatioBound | null {
  let best: RatioBound | null = null;
  for (const against of MACRO_KEYS) {
    if (against === macro) continue;
    const bound = ratioBound(recipes, macro, against, direction, targets);
    // Prefer kcal as the partner on a tie: "per 100 kcal" is how people read food labels.
    if (bound && (!best || bound.gap > best.gap + 1e-9)) best = bound;
  }
  return best;
}

/** The most (under) or least (over) of `macro` a day can hold, from each slot's extreme recipe. */
function sizeLimit(
  recipes: readonly CatalogueRecipe[],
  macro: MacroKey,
  direction: "under" | "over",
  daySlots: readonly MealSlot[],
): number {
  let total = 0;
  for (const slot of daySlots) {
    const values = recipes.filter((r) => r.slots.includes(slot)).map((r) => r.perServing[macro]);
    if (values.length === 0) continue;
    total += direction === "under" ? Math.max(...values) * MAX_SERVINGS : Math.min(...values) * MIN_SERVINGS;
  }
  return total;
}

/** The proven least deviation (fraction) for a macro under a filter and slot set. */
function provenGap(
  catalogue: readonly CatalogueRecipe[],
  filter: SafetyFilter,
  daySlots: readonly MealSlot[],
  macro: MacroKey,
  direction: "under" | "over",
  targets: Record<MacroKey, number>,
): number {
  const recipes = usableRecipes(selectSafeRecipes(catalogue, filter), daySlots);
  const ratio = strongestRatioBound(recipes, macro, direction, targets)?.gap ?? 0;
  const limit = sizeLimit(recipes, macro, direction, daySlots);
  const size =
    direction === "under" ? Math.max(0, 1 - limit / targets[macro]) : Math.max(0, limit / targets[macro] - 1);
  return Math.max(ratio, size);
}

/** The slot whose best recipe is furthest from the target ratio: "only 9 breakfasts fit: …" */
function weakestSlot(
  recipes: readonly CatalogueRecipe[],
  bound: RatioBound,
  macro: MacroKey,
  direction: "under" | "over",
  daySlots: readonly MealSlot[],
  filter: SafetyFilter,
): string | null {
  let worst: { slot: MealSlot; count: number; extreme: number; perServing: number } | null = null;
  for (const slot of new Set(daySlots)) {
    const inSlot = recipes.filter((r) => r.slots.includes(slot));
    if (inSlot.length === 0) continue;
    const ratios = inSlot.map((r) => r.perServing[macro] / Math.max(r.perServing[bound.against], 1e-9));
    const extreme = direction === "under" ? Math.max(...ratios) : Math.min(...ratios);
    const values = inSlot.map((r) => r.perServing[macro]);
    const perServing = direction === "under" ? Math.max(...values) : Math.min(...values);
    const isWorse = !worst || (direction === "under" ? extreme < worst.extreme : extreme > worst.extreme);
    if (isWorse) worst = { slot, count: inSlot.length, extreme, perServing };
  }
  if (!worst) return null;
  const fit = describeRecipes(worst.count, worst.slot, filter);
  const limitWord = direction === "under" ? "more than" : "less than";
  return `only ${fit} fit, and none has ${limitWord} ${amount(macro, worst.perServing)} a serving (${density(macro, bound.against, worst.extreme)})`;
}

/**
 * Where no single recipe rules the target out, the week still may not hold enough recipes on the
 * right side of it: "only 3 vegan lunches have at most 9.0 g carbs per 100 kcal; at 2 a week they
 * fill 6 of 7 lunches".
 */
function scarceSlot(
  recipes: readonly CatalogueRecipe[],
  macro: MacroKey,
  direction: "under" | "over",
  ctx: MissContext,
): string | null {
  if (macro === "kcal") return null;
  const target = ctx.targets[macro] / ctx.targets.kcal;
  let worst: { slot: MealSlot; count: number; share: number; meals: number; uses: number } | null = null;
  for (const slot of new Set(ctx.daySlots)) {
    const meals = 7 * ctx.daySlots.filter((s) => s === slot).length;
    const uses = ctx.maxUsesPerWeek[slot];
    const count = recipes.filter((r) => {
      if (!r.slots.includes(slot) || r.perServing.kcal <= 0) return false;
      const ratio = r.perServing[macro] / r.perServing.kcal;
      return direction === "under" ? ratio >= target : ratio <= target;
    }).length;
    const share = (count * uses) / meals;
    if (share < 1 && (!worst || share < worst.share)) worst = { slot, count, share, meals, uses };
  }
  if (!worst) return null;
  const side = direction === "under" ? "at least" : "at most";
  const phrase = describeRecipes(worst.count, worst.slot, ctx.filter);
  const verb = worst.count === 1 ? "has" : "have";
  const subject = worst.count === 0 ? phrase.replace(/^0 /, "no ") : `only ${phrase}`;
  return (
    `${subject} ${verb} ${side} ${density(macro, "kcal", target)} as your targets ask; ` +
    `at ${worst.uses} a week they fill ${Math.min(worst.meals, worst.count * worst.uses)} of ${worst.meals} ${SLOT_NOUN[worst.slot]}`
  );
}

const SLOT_NOUN: Record<MealSlot, string> = {
  breakfast: "breakfasts",
  lunch: "lunches",
  dinner: "dinners",
  snack: "snacks",
};

function lessStrictDiet(diet: Diet): Diet | null {
  return DIETS[DIETS.indexOf(diet) + 1] ?? null;
}

function whatWouldHelp(
  catalogue: readonly CatalogueRecipe[],
  ctx: MissContext,
  macro: MacroKey,
  direction: "under" | "over",
  gapNow: number,
): string[] {
  const { filter, daySlots, targets } = ctx;
  const options: { text: string; gap: number }[] = [];
  const consider = (text: string, nextFilter: SafetyFilter, slots: readonly MealSlot[] = daySlots) => {
    const gap = provenGap(catalogue, nextFilter, slots, macro, direction, targets);
    if (gap < gapNow - 0.01) options.push({ text, gap });
  };
  for (const allergen of filter.excludeAllergens) {
    const rest = filter.excludeAllergens.filter((a: Allergen) => a !== allergen);
    consider(`allowing ${allergen}`, { ...filter, excludeAllergens: rest });
  }
  const diet = lessStrictDiet(filter.diet);
  if (diet) consider(`a ${diet} diet`, { ...filter, diet });
  if (filter.dislikedIngredients.length > 0)
    consider("fewer disliked ingredients", { ...filter, dislikedIngredients: [] });
  if (ctx.snacks < 2) {
    const slots = [...daySlots, "snack" as const];
    consider(ctx.snacks === 0 ? "a snack (a fourth slot)" : "a second snack (a fifth slot)", filter, slots);
  }
  const recipes = usableRecipes(selectSafeRecipes(catalogue, filter), daySlots);
  const limit = sizeLimit(recipes, macro, direction, daySlots);
  if (direction === "under" && limit < targets[macro]) {
    options.push({ text: `servings above ${MAX_SERVINGS} per meal`, gap: 0.5 * gapNow });
  }
  options.sort((a, b) => a.gap - b.gap);
  const helps = options.map((o) =>
    o.gap < 0.005
      ? `${o.text} (no longer ruled out)`
      : `${o.text} (then at least ${(o.gap * 100).toFixed(1)} % off)`,
  );
  const bound = strongestRatioBound(recipes, macro, direction, targets);
  if (bound && bound.gap > 0) {
    const reachable = bound.extreme * targets[bound.against];
    helps.push(
      `a ${WORD[macro]} target ${direction === "under" ? "of at most" : "of at least"} ${amount(macro, reachable)} with ${amount(bound.against, targets[bound.against])}`,
    );
  }
  return helps;
}

/** Explanations for the macros a week misses (empty when every day is within ±5 % or nearly). */
export function explainTargetMisses(
  days: readonly PlannedDay[],
  catalogue: readonly CatalogueRecipe[],
  ctx: MissContext,
): TargetMiss[] {
  const misses: TargetMiss[] = [];
  const recipes = usableRecipes(selectSafeRecipes(catalogue, ctx.filter), ctx.daySlots);
  for (const macro of MACRO_KEYS) {
    const devs = days.map((d) => d.deviationPct[macro]);
    const mean = devs.reduce((a, b) => a + b, 0) / Math.max(1, devs.length);
    const direction = mean < 0 ? "under" : "over";
    const sameSide = devs.filter((v) => (direction === "under" ? v < -WITHIN_PCT : v > WITHIN_PCT));
    if (sameSide.length < MIN_DAYS_OFF && Math.abs(mean) <= WITHIN_PCT) continue;

    const ratio = strongestRatioBound(recipes, macro, direction, ctx.targets);
    const limit = sizeLimit(recipes, macro, direction, ctx.daySlots);
    const sizeGap =
      direction === "under"
        ? Math.max(0, 1 - limit / ctx.targets[macro])
        : Math.max(0, limit / ctx.targets[macro] - 1);
    let bound: TargetMiss["bound"] = null;
    let reason: string;
    if (sizeGap > 0 && sizeGap >= (ratio?.gap ?? 0)) {
      bound = { against: null, minDeviationPct: sizeGap * 100 };
      reason =
        direction === "under"
          ? `even the largest meals that fit (${MAX_SERVINGS} servings each) give at most ${amount(macro, limit)} a day`
          : `even the smallest meals that fit (${MIN_SERVINGS} servings each) give at least ${amount(macro, limit)} a day`;
    } else if (ratio && ratio.gap > 0) {
      bound = { against: ratio.against, minDeviationPct: ratio.gap * 100 };
      const fit = describeAnyRecipes(recipes.length, ctx.filter);
      const carry = ratio.extreme === Infinity ? "" : density(macro, ratio.against, ratio.extreme);
      const word = direction === "under" ? "at most" : "at least";
      const slot = weakestSlot(recipes, ratio, macro, direction, ctx.daySlots, ctx.filter);
      reason =
        `the ${fit} that fit your slots carry ${word} ${carry}, and your targets ask ` +
        `${density(macro, ratio.against, ratio.target)} (${amount(macro, ctx.targets[macro])} with ${amount(ratio.against, ctx.targets[ratio.against])})` +
        (slot ? `; ${slot}` : "");
    } else {
      reason =
        scarceSlot(recipes, macro, direction, ctx) ??
        `the recipes that fit cannot meet ${WORD[macro]} on the same days as the other targets`;
    }
    const gapNow = Math.max(sizeGap, ratio?.gap ?? 0);
    const helps = whatWouldHelp(catalogue, ctx, macro, direction, gapNow);
    const head =
      `${HEAD[macro]} ${Math.abs(mean).toFixed(1)} % ${direction} target on average ` +
      `(${sameSide.length} of ${days.length} days more than ${WITHIN_PCT} % ${direction}).`;
    const proof = bound
      ? bound.against === null
        ? ` No week from these recipes can do better than ${bound.minDeviationPct.toFixed(1)} % ${direction}:`
        : ` No week from these recipes can bring ${WORD[macro]} and ${WORD[bound.against]} together within ${bound.minDeviationPct.toFixed(1)} % on any day:`
      : " Why:";
    const help = helps.length > 0 ? ` What would help: ${listCapped(helps)}.` : "";
    misses.push({
      macro,
      direction,
      meanDeviationPct: mean,
      daysOff: sameSide.length,
      bound,
      reason,
      helps,
      message: `${head}${proof} ${reason}.${help}`,
    });
  }
  return misses;
}
