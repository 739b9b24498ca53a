import type { CatalogueRecipe } from "@/lib/catalogue/types";
import type { GenerateWeekPlanOptions } from "../generate-week-plan";
import type { PlanRequest } from "../parse-plan-request";
import { optimiseWeek } from "../search/optimise-week";
import { startWeek, weekPlanOf } from "../start-week";
import { DAYS_PER_WEEK, MACRO_KEYS, type WeekPlan } from "../types";
import { certifyWeekOptimum, type CertifyOptions } from "./certify-week-optimum";

export interface GenerateWeekPlanExactOptions extends CertifyOptions {
  /** effort of the heuristic week that seeds the exact search */
  heuristic?: GenerateWeekPlanOptions;
}

export interface Optimality {
  status: "certified" | "bound-only";
  /** proven lower bound on the mean absolute % deviation any week could reach */
  lowerBoundPct: number;
  /** the plan's distance above that bound, in percentage points (0 when certified) */
  gapPct: number;
  ms: number;
}

export interface ExactWeekPlan extends WeekPlan {
  optimality: Optimality;
}

const VALUES = DAYS_PER_WEEK * MACRO_KEYS.length;

/**
 * The best week there is (or, past the model budget, the best found with a proven bound): the fast
 * engine's week refined by bounded enumeration and a set-packing MILP in HiGHS. Same rules and
 * relaxations as generateWeekPlan. Seconds, not milliseconds — see README for when to use it.
 */
export async function generateWeekPlanExact(
  request: PlanRequest,
  catalogue: readonly CatalogueRecipe[],
  options: GenerateWeekPlanExactOptions = {},
): Promise<ExactWeekPlan> {
  const start = startWeek(request, catalogue);
  optimiseWeek(start.st, start.rng, options.heuristic);
  const result = await certifyWeekOptimum(start.st, options);
  const plan = weekPlanOf(start, result.opt);
  const lowerBoundPct = (100 * result.lowerBound) / VALUES;
  return {
    ...plan,
    optimality: {
      status: result.status,
      lowerBoundPct,
      gapPct: Math.max(0, plan.score.meanAbsDeviationPct - lowerBoundPct),
      ms: result.ms,
    },
  };
}
