import type { CatalogueRecipe } from "@/lib/catalogue/types";
import { PlannerError } from "./errors";
import type { PlanRequest } from "./parse-plan-request";
import { createPlanningContext, optionOf, type PlanningContext } from "./planning-context";
import { compileRules, fromEffectiveRules } from "./rules/rule-state";
import { WeekState } from "./search/week-state";
import { DAY_NAMES, SERVING_LEVELS, type DayName, type MealRef, type WeekPlan } from "./types";

export interface RestoredPlan {
  ctx: PlanningContext;
  st: WeekState;
}

/** The request with the plan's own locks added (a plan remembers which meals the user locked). */
function withPlanLocks(plan: WeekPlan, request: PlanRequest): PlanRequest {
  const locks = [...(request.lockedMeals ?? [])];
  const taken = new Set(locks.map((l) => `${l.day}:${l.slot}`));
  plan.days.forEach((day) => {
    for (const meal of day.meals) {
      if (!meal.locked || taken.has(`${day.day}:${meal.slot}`)) continue;
      locks.push({ day: day.day, slot: meal.slot, recipeId: meal.recipeId, servings: meal.servings });
    }
  });
  return { ...request, lockedMeals: locks };
}

/**
 * Rebuilds the search state of an existing plan under the rules it was made with, so a later edit
 * (a swap) obeys exactly those rules. `dropLink` removes one leftover link first.
 */
export function restorePlan(
  plan: WeekPlan,
  request: PlanRequest,
  catalogue: readonly CatalogueRecipe[],
  dropLink?: MealRef,
): RestoredPlan {
  const cookDays: DayName[] = [];
  for (const day of plan.days) {
    for (const meal of day.meals) {
      if (!meal.leftoverFor) continue;
      const drop = dropLink && dropLink.day === day.day && dropLink.slot === meal.slot;
      if (!drop) cookDays.push(day.day);
    }
  }
  const ctx = createPlanningContext(withPlanLocks(plan, request), catalogue, { cookDays });
  const compiled = compileRules(ctx, fromEffectiveRules(ctx, plan.rules));
  const st = new WeekState(ctx, compiled, ctx.lastWeek);
  if (plan.days.length !== DAY_NAMES.length || plan.slots.join(",") !== ctx.slots.join(",")) {
    throw new PlannerError("INVALID_INPUT", "the plan does not have the slots this request plans");
  }
  plan.days.forEach((day, d) => {
    day.meals.forEach((meal, k) => {
      const r = ctx.recipeIndex.get(meal.recipeId);
      const level = (SERVING_LEVELS as readonly number[]).indexOf(meal.servings);
      if (r === undefined || level < 0) {
        throw new PlannerError(
          "INVALID_INPUT",
          `${day.day} ${meal.slot}: ${meal.recipeId} is not a recipe this request allows; regenerate the week`,
        );
      }
      st.setOption(d * ctx.S + k, optionOf(r, level));
    });
  });
  return { ctx, st };
}
