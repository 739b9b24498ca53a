import type { CatalogueRecipe, Macros, MealSlot } from "@/lib/catalogue/types";
import { assertValidCatalogue } from "./assert-valid-catalogue";
import { describeRecipes } from "./describe";
import { PlannerError } from "./errors";
import { parsePlanRequest, type ParsedPlanRequest, type PlanRequest } from "./parse-plan-request";
import { selectSafeRecipes, unsafeReason, type SafetyFilter } from "./select-safe-recipes";
import { kcalSharesFor, planSlotsFor } from "./slot-layout";
import {
  DAY_NAMES,
  DAYS_PER_WEEK,
  MACRO_KEYS,
  SERVING_LEVELS,
  isWeekend,
  mealSlotOf,
  type DayName,
  type PlanSlot,
} from "./types";

export const LEVELS = SERVING_LEVELS.length;
export const MACROS = MACRO_KEYS.length;
export const MEAL_SLOT_BIT: Record<MealSlot, number> = { breakfast: 1, lunch: 2, dinner: 4, snack: 8 };

// A slot's kcal may range from half to 1.75× its share of the day: a snack stays a snack and a
// dinner stays a dinner, while the optimiser keeps room to balance the day.
const BAND_LOW = 0.5;
const BAND_HIGH = 1.75;

/** A leftover link: dinner cooked on `cook` day also feeds the next day's lunch. */
export interface LeftoverLink {
  cookPos: number;
  eatPos: number;
}

/**
 * Everything about a request that does not depend on which rules are relaxed: the safe recipes,
 * option macros normalised by the targets, positions, locks and leftover links.
 * Positions are numbered day * S + slotIndex.
 */
export interface PlanningContext {
  request: ParsedPlanRequest;
  /** the whole catalogue, for explanations that ask what other rules would allow */
  catalogue: readonly CatalogueRecipe[];
  filter: SafetyFilter;
  slots: PlanSlot[];
  S: number;
  P: number;
  targets: Macros;
  shares: number[];
  recipes: CatalogueRecipe[];
  R: number;
  recipeIndex: Map<string, number>;
  minutes: Float64Array;
  /** bitmask of MEAL_SLOT_BIT per recipe */
  slotBits: Uint8Array;
  lastWeek: Uint8Array;
  /** normalised macros of option r * LEVELS + level: 1 means exactly the daily target */
  optMacro: Float64Array;
  /** per slot index, per recipe: the serving levels allowed there */
  bandLevels: Int32Array[][];
  posSlot: Int32Array;
  posMealSlot: MealSlot[];
  /** option fixed by the user at a position, or -1 */
  lockedOpt: Int32Array;
  /** recipe a position must hold (locked, or the leftover of a locked dinner), or -1 */
  fixedRecipe: Int32Array;
  eatOf: Int32Array;
  cookOf: Int32Array;
  /** time limit in minutes before relaxations; Infinity when none */
  baseTimeLimit: Float64Array;
  /** distinct catalogue slots planned on non-fixed positions */
  mealSlotsInUse: MealSlot[];
}

export function dayOf(ctx: PlanningContext, pos: number): number {
  return Math.floor(pos / ctx.S);
}

export function posOf(ctx: PlanningContext, day: number, slot: PlanSlot): number {
  const k = ctx.slots.indexOf(slot);
  return k < 0 ? -1 : day * ctx.S + k;
}

export function optionOf(recipe: number, level: number): number {
  return recipe * LEVELS + level;
}

export function recipeOfOption(option: number): number {
  return Math.floor(option / LEVELS);
}

export function levelOfOption(option: number): number {
  return option % LEVELS;
}

function levelIndexOf(servings: number): number {
  return (SERVING_LEVELS as readonly number[]).indexOf(servings);
}

export interface ContextOverrides {
  /** leftover links to use instead of request.leftovers (a swap keeps the plan's own links) */
  cookDays?: readonly DayName[];
}

export function createPlanningContext(
  rawRequest: PlanRequest,
  catalogue: readonly CatalogueRecipe[],
  overrides: ContextOverrides = {},
): PlanningContext {
  const request = parsePlanRequest(rawRequest);
  assertValidCatalogue(catalogue);
  const filter: SafetyFilter = {
    diet: request.diet,
    excludeAllergens: request.excludeAllergens,
    dislikedIngredients: request.dislikedIngredients,
  };
  const slots = planSlotsFor(request.snacks);
  const S = slots.length;
  const P = DAYS_PER_WEEK * S;
  const shares = kcalSharesFor(slots, request.calorieSplit);
  const targets = request.targets;

  const recipes = selectSafeRecipes(catalogue, filter);
  const R = recipes.length;
  const recipeIndex = new Map(recipes.map((recipe, i) => [recipe.id, i]));
  const byId = new Map(catalogue.map((recipe) => [recipe.id, recipe]));

  const minutes = new Float64Array(R);
  const slotBits = new Uint8Array(R);
  const lastWeekIds = new Set(request.lastWeekRecipeIds);
  const lastWeek = new Uint8Array(R);
  const optMacro = new Float64Array(R * LEVELS * MACROS);
  recipes.forEach((recipe, r) => {
    minutes[r] = recipe.prepMinutes + recipe.cookMinutes;
    let bits = 0;
    for (const slot of recipe.slots) bits |= MEAL_SLOT_BIT[slot];
    slotBits[r] = bits;
    lastWeek[r] = lastWeekIds.has(recipe.id) ? 1 : 0;
    for (let l = 0; l < LEVELS; l++) {
      const s = SERVING_LEVELS[l] as number;
      MACRO_KEYS.forEach((key, m) => {
        optMacro[(r * LEVELS + l) * MACROS + m] = (recipe.perServing[key] * s) / targets[key];
      });
    }
  });

  const bandLevels = shares.map((share) => {
    const low = BAND_LOW * share;
    const high = BAND_HIGH * share;
    return recipes.map((_, r) => {
      const inBand: number[] = [];
      let closest = 0;
      let closestGap = Infinity;
      for (let l = 0; l < LEVELS; l++) {
        const k = optMacro[(r * LEVELS + l) * MACROS] as number;
        if (k >= low && k <= high) inBand.push(l);
        const gap = k < low ? low - k : k > high ? k - high : 0;
        if (gap < closestGap) {
          closestGap = gap;
          closest = l;
        }
      }
      // A recipe never disappears because of the band: feasibility must depend only on the rules.
      return Int32Array.from(inBand.length > 0 ? inBand : [closest]);
    });
  });

  const posSlot = new Int32Array(P);
  const posMealSlot: MealSlot[] = [];
  const baseTimeLimit = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    const k = p % S;
    const slot = slots[k] as PlanSlot;
    const day = DAY_NAMES[Math.floor(p / S)] as DayName;
    posSlot[p] = k;
    posMealSlot.push(mealSlotOf(slot));
    const limits = isWeekend(day) ? request.timeLimits.weekend : request.timeLimits.weekday;
    baseTimeLimit[p] = limits[slot] ?? Infinity;
  }

  const lockedOpt = new Int32Array(P).fill(-1);
  for (const lock of request.lockedMeals) {
    const k = slots.indexOf(lock.slot);
    if (k < 0) {
      throw new PlannerError("INVALID_INPUT", `lockedMeals: ${lock.day} ${lock.slot} is not a planned slot`);
    }
    const recipe = byId.get(lock.recipeId);
    if (!recipe)
      throw new PlannerError(
        "UNKNOWN_RECIPE",
        `lockedMeals: recipe ${lock.recipeId} is not in the catalogue`,
      );
    const reason = unsafeReason(recipe, filter);
    if (reason !== null) {
      throw new PlannerError("INVALID_INPUT", `lockedMeals: ${recipe.name} ${reason}`, {
        recipeId: recipe.id,
      });
    }
    const r = recipeIndex.get(recipe.id) as number;
    lockedOpt[DAY_NAMES.indexOf(lock.day) * S + k] = optionOf(r, levelIndexOf(lock.servings));
  }

  const eatOf = new Int32Array(P).fill(-1);
  const cookOf = new Int32Array(P).fill(-1);
  const cookDays = overrides.cookDays ?? request.leftovers.cookDays;
  const dinnerK = slots.indexOf("dinner");
  const lunchK = slots.indexOf("lunch");
  for (const cookDay of new Set(cookDays)) {
    const d = DAY_NAMES.indexOf(cookDay);
    if (d >= DAYS_PER_WEEK - 1) continue;
    const cookPos = d * S + dinnerK;
    const eatPos = (d + 1) * S + lunchK;
    const cookLock = lockedOpt[cookPos] as number;
    const eatLock = lockedOpt[eatPos] as number;
    if (eatLock >= 0 && (cookLock < 0 || recipeOfOption(cookLock) !== recipeOfOption(eatLock))) {
      throw new PlannerError(
        "INVALID_INPUT",
        `${DAY_NAMES[d + 1]} lunch is locked but is where ${cookDay} dinner's leftovers go: drop ${cookDay} from leftovers.cookDays or lock ${cookDay} dinner to the same recipe`,
      );
    }
    eatOf[cookPos] = eatPos;
    cookOf[eatPos] = cookPos;
  }

  const fixedRecipe = new Int32Array(P).fill(-1);
  for (let p = 0; p < P; p++) {
    const lock = lockedOpt[p] as number;
    if (lock >= 0) fixedRecipe[p] = recipeOfOption(lock);
  }
  for (let p = 0; p < P; p++) {
    const cook = cookOf[p] as number;
    if (cook >= 0 && (fixedRecipe[cook] as number) >= 0) fixedRecipe[p] = fixedRecipe[cook] as number;
  }

  const mealSlotsInUse: MealSlot[] = [];
  for (let p = 0; p < P; p++) {
    if ((fixedRecipe[p] as number) >= 0 || (cookOf[p] as number) >= 0) continue;
    const mealSlot = posMealSlot[p] as MealSlot;
    if (!mealSlotsInUse.includes(mealSlot)) mealSlotsInUse.push(mealSlot);
  }
  for (const mealSlot of mealSlotsInUse) {
    if (!recipes.some((_, r) => ((slotBits[r] as number) & MEAL_SLOT_BIT[mealSlot]) !== 0)) {
      throw new PlannerError(
        "NO_RECIPES_FOR_SLOT",
        `the catalogue has ${describeRecipes(0, mealSlot, filter)}; ${mealSlot} cannot be planned`,
        { mealSlot },
      );
    }
  }

  return {
    request,
    catalogue,
    filter,
    slots,
    S,
    P,
    targets,
    shares,
    recipes,
    R,
    recipeIndex,
    minutes,
    slotBits,
    lastWeek,
    optMacro,
    bandLevels,
    posSlot,
    posMealSlot,
    lockedOpt,
    fixedRecipe,
    eatOf,
    cookOf,
    baseTimeLimit,
    mealSlotsInUse,
  };
}
