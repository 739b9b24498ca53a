import type { CatalogueRecipe } from "@/lib/catalogue/types";
import { buildWeekPlan } from "./build-week-plan";
import type { PlanRequest } from "./parse-plan-request";
import { createPlanningContext } from "./planning-context";
import { createRng } from "./rng";
import { relaxUntilFeasible } from "./rules/relax-rules";
import { toEffectiveRules } from "./rules/rule-state";
import { optimiseWeek, type OptimiseOptions } from "./search/optimise-week";
import { seedState } from "./search/seed-state";
import type { WeekPlan } from "./types";

export type GenerateWeekPlanOptions = OptimiseOptions;

/**
 * Plans a week: validates the request, relaxes rules only as far as the catalogue forces (each
 * relaxation explained), then searches for the week closest to the daily targets.
 * Deterministic for a given request (including its seed) and catalogue.
 */
export function generateWeekPlan(
  request: PlanRequest,
  catalogue: readonly CatalogueRecipe[],
  options: GenerateWeekPlanOptions = {},
): WeekPlan {
  const ctx = createPlanningContext(request, catalogue);
  const rng = createRng(ctx.request.seed);
  const outcome = relaxUntilFeasible(ctx, rng);
  const st = seedState(ctx, outcome.compiled, outcome.recipeAt);
  optimiseWeek(st, rng, options);
  return buildWeekPlan(
    ctx,
    st.opt,
    toEffectiveRules(ctx, outcome.rules),
    outcome.relaxations,
    ctx.request.seed,
  );
}
