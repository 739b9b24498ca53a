import type { CatalogueRecipe } from "@/lib/catalogue/types";
import type { PlanRequest } from "./parse-plan-request";
import { optimiseWeek, type OptimiseOptions } from "./search/optimise-week";
import { startWeek, weekPlanOf } from "./start-week";
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
  const start = startWeek(request, catalogue);
  optimiseWeek(start.st, start.rng, options);
  return weekPlanOf(start, start.st.opt);
}
