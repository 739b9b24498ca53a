import type { WeekState } from "../search/week-state";
import { DAYS_PER_WEEK } from "../types";
import type { DayPlanSet } from "./enumerate-day-plans";
import type { HighsSolver } from "./load-highs";
import type { DayPricing, PricedDayPlans, RowPrices } from "./priced-day-plans";
import { solveWeekPackingLp } from "./solve-week-packing";

export interface LagrangianBound {
  /** a proven lower bound on the cost of every rule-abiding week */
  bound: number;
  /** the row prices that give it */
  prices: RowPrices;
  /** per day, a lower bound on the least rank of any plan under those prices */
  minRank: Float64Array;
  iterations: number;
}

export interface LagrangianOptions {
  maxIterations: number;
  /** plans added per day and iteration */
  columnsPerDay: number;
  /** how many of the least-rank plans one pricing enumeration keeps */
  maxPricingPlans: number;
  /** stop once the bound is this close to the incumbent */
  tolerance: number;
}

const PRICE_EPS = 1e-9;

interface Pool {
  options: number[];
  cost: number[];
}

/**
 * A lower bound on the week's optimum by relaxing its weekly-use and spacing rows with prices:
 * for prices λ ≥ 0, every rule-abiding week W satisfies Σ_d rank_λ(W_d) ≤ cost(W) + Σ λ·limit, so
 * Σ_d min rank_λ(day d) − Σ λ·limit ≤ cost(W). Good prices come from column generation: the LP
 * relaxation of the packing model over a growing pool of plans gives prices and, per day, the
 * price μ_d of planning it; each day's plans with rank < μ_d join the pool. The enumeration that
 * finds them also yields the day's least rank, so every iteration gives a valid bound; the best
 * one is kept. At convergence it equals the LP relaxation over all plans.
 *
 * `start` must hold, per day, the plan of a complete rule-abiding week (the incumbent) so the LP is
 * feasible; `lowest` per day is a lower bound on any plan's cost (prices only add), equal for days
 * with equal options.
 */
export function lagrangianBound(
  highs: HighsSolver,
  st: WeekState,
  plans: PricedDayPlans,
  start: readonly DayPlanSet[],
  lowest: Float64Array,
  incumbentCost: number,
  options: LagrangianOptions,
): LagrangianBound {
  const S = st.ctx.S;
  const pool: Pool[] = start.map((set) => ({
    options: Array.from(set.options.subarray(0, set.count * S)),
    cost: Array.from(set.cost.subarray(0, set.count)),
  }));
  let best: LagrangianBound = {
    bound: lowest.reduce((sum, x) => sum + x, 0),
    prices: new Map(),
    minRank: Float64Array.from(lowest),
    iterations: 0,
  };
  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    const lp = solveWeekPackingLp(
      highs,
      st,
      pool.map((set) => {
        const cost = Float64Array.from(set.cost);
        return { slots: S, count: cost.length, options: Int32Array.from(set.options), rank: cost, cost };
      }),
    );
    if (lp.status !== "optimal") break;
    const prices = new Map<string, number>();
    let bound = 0;
    for (const [key, row] of lp.rows) {
      if (row.dual >= 0) continue;
      prices.set(key, -row.dual);
      bound += row.dual * row.upper;
    }
    const minRank = new Float64Array(DAYS_PER_WEEK);
    let added = 0;
    for (const { pricing, days } of plans.groups(prices)) {
      const first = days[0] as number;
      const upTo = Math.max(...days.map((d) => lp.dayDual[d] as number));
      const found = leastRankPlans(
        plans,
        first,
        pricing,
        lowest[first] as number,
        upTo,
        options.maxPricingPlans,
      );
      for (const d of days) {
        minRank[d] = found.minRank;
        const set = found.set;
        if (!set) continue;
        const mu = lp.dayDual[d] as number;
        const into = pool[d] as Pool;
        for (let i = 0; i < Math.min(options.columnsPerDay, set.count); i++) {
          if ((set.rank[i] as number) >= mu - PRICE_EPS) break;
          for (let k = 0; k < S; k++) into.options.push(set.options[i * S + k] as number);
          into.cost.push(set.cost[i] as number);
          added++;
        }
      }
    }
    bound += minRank.reduce((sum, x) => sum + x, 0);
    if (bound > best.bound) best = { bound, prices, minRank, iterations: iteration };
    if (added === 0 || incumbentCost - best.bound <= options.tolerance) break;
  }
  return best;
}

/**
 * The day's plans of rank ≤ `upTo` with the least ranks (at most `maxPlans`, before dominance),
 * and a proven lower bound on the least rank (`lowest` is one to start from): one enumeration that
 * keeps the cheapest plans as it goes. `set` is null when no plan ranks ≤ `upTo`.
 */
export function leastRankPlans(
  plans: PricedDayPlans,
  d: number,
  pricing: DayPricing,
  lowest: number,
  upTo: number,
  maxPlans: number,
): { set: DayPlanSet | null; minRank: number } {
  const found = plans.enumerate(d, pricing, upTo, maxPlans, true);
  if (found && found.count > 0) return { set: found, minRank: found.rank[0] as number };
  // None at or under upTo; or, rarely, half the budget tied at one rank, where only `lowest` is sure.
  return { set: null, minRank: found ? Math.max(lowest, upTo) : lowest };
}
