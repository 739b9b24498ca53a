import type { CatalogueRecipe } from "@/lib/catalogue/types";
import { buildWeekPlan } from "./build-week-plan";
import { PlannerError } from "./errors";
import type { PlanRequest } from "./parse-plan-request";
import { posOf } from "./planning-context";
import { restorePlan } from "./plan-state";
import { createRng } from "./rng";
import { WeekSearch } from "./search/improve-week";
import { POS_LOCKED } from "./search/week-state";
import { DAY_NAMES, mealSlotOf, type DayName, type PlanSlot, type WeekPlan } from "./types";

export interface SwapMealOptions {
  /** recipe ids the user has already turned down for this slot */
  exclude?: readonly string[];
}

/**
 * Replaces one meal with the best-fitting other recipe the plan's rules allow; every other meal
 * keeps its recipe and servings. A dinner cooked for tomorrow's lunch takes that leftover along;
 * swapping the leftover lunch itself turns it into a fresh lunch and the dinner cooks no extra.
 */
export function swapMeal(
  plan: WeekPlan,
  day: DayName,
  slot: PlanSlot,
  request: PlanRequest,
  catalogue: readonly CatalogueRecipe[],
  options: SwapMealOptions = {},
): WeekPlan {
  const d = DAY_NAMES.indexOf(day);
  const meal = plan.days[d]?.meals.find((m) => m.slot === slot);
  if (!meal) throw new PlannerError("INVALID_INPUT", `${day} ${slot} is not in this plan`);
  if (meal.locked) throw new PlannerError("MEAL_LOCKED", `${day} ${slot} is locked; unlock it to swap it`);
  const dropLink = meal.leftoverOf;
  const { ctx, st } = restorePlan(plan, request, catalogue, dropLink);
  const p = posOf(ctx, d, slot);
  if (st.kind[p] === POS_LOCKED)
    throw new PlannerError("MEAL_LOCKED", `${day} ${slot} is locked; unlock it to swap it`);
  const exclude = new Uint8Array(ctx.R);
  for (const id of options.exclude ?? []) {
    const r = ctx.recipeIndex.get(id);
    if (r !== undefined) exclude[r] = 1;
  }
  const search = new WeekSearch(st, createRng(plan.seed));
  if (!search.replaceRecipe(p, exclude)) {
    throw new PlannerError(
      "NO_ALTERNATIVE",
      `no other ${mealSlotOf(slot)} fits ${day} ${slot} under this week's rules: the others are used up this week, on a neighbouring day, or turned down`,
      { day, slot },
    );
  }
  return buildWeekPlan(ctx, st.opt, plan.rules, plan.relaxations, plan.seed);
}
