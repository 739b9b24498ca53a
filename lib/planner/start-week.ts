import type { CatalogueRecipe } from "@/lib/catalogue/types";
import { buildWeekPlan } from "./build-week-plan";
import type { PlanRequest } from "./parse-plan-request";
import { createPlanningContext, type PlanningContext } from "./planning-context";
import { createRng, type Rng } from "./rng";
import { relaxUntilFeasible, type RelaxOutcome } from "./rules/relax-rules";
import { toEffectiveRules } from "./rules/rule-state";
import { seedState } from "./search/seed-state";
import type { WeekState } from "./search/week-state";
import type { WeekPlan } from "./types";

/** Where every search of a request starts. */
export interface WeekStart {
  ctx: PlanningContext;
  /** the request's random stream, already advanced by the relaxation */
  rng: Rng;
  outcome: RelaxOutcome;
  /** a rule-abiding week, each meal portioned to its slot's share */
  st: WeekState;
}

/**
 * Validates the request, relaxes rules only as far as the catalogue forces, and seeds a week.
 * Deterministic for a given request (including its seed) and catalogue.
 */
export function startWeek(request: PlanRequest, catalogue: readonly CatalogueRecipe[]): WeekStart {
  const ctx = createPlanningContext(request, catalogue);
  const rng = createRng(ctx.request.seed);
  const outcome = relaxUntilFeasible(ctx, rng);
  const st = seedState(ctx, outcome.compiled, outcome.recipeAt);
  return { ctx, rng, outcome, st };
}

/** The week `opt` of a started request as a plan, with the rules and relaxations it was planned under. */
export function weekPlanOf(start: WeekStart, opt: Int32Array): WeekPlan {
  const { ctx, outcome } = start;
  return buildWeekPlan(ctx, opt, toEffectiveRules(ctx, outcome.rules), outcome.relaxations, ctx.request.seed);
}
