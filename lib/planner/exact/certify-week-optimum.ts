import { DAYS_PER_WEEK } from "../types";
import type { WeekState } from "../search/week-state";
import type { DayPlanSet } from "./enumerate-day-plans";
import { lagrangianBound, leastRankPlans } from "./lagrangian-bound";
import { loadHighs } from "./load-highs";
import { PricedDayPlans, type DayPricing } from "./priced-day-plans";
import { cheapestUpTo } from "./reduce-day-plans";
import { solveWeekPacking } from "./solve-week-packing";

export interface CertifyOptions {
  /** stop with a lower bound only, rather than enumerate more plans than this per day */
  maxPlansPerDay?: number;
  /** stop with a lower bound only, rather than hand the packing model more columns than this */
  maxColumns?: number;
  /** per packing solve */
  timeLimitSec?: number;
  /** progress report after each packing solve (diagnostics) */
  onRound?: (info: RoundInfo) => void;
}

export interface RoundInfo {
  round: number;
  /** rank slack above each day's least rank */
  slack: number;
  columns: number;
  status: "optimal" | "infeasible" | "limit" | "failed";
  objective: number;
  /** the Lagrangian lower bound the round's certificate is measured from */
  lagrangianBound: number;
  ms: number;
}

export interface CertifiedWeek {
  status: "certified" | "bound-only";
  /** total cost of the best week known (L1 deviation in target units, plus penalties) */
  cost: number;
  /** a proven lower bound on the optimal cost (equal to `cost` when certified) */
  lowerBound: number;
  /** option per position of the best week known */
  opt: Int32Array;
  rounds: number;
  /** columns of the last packing model */
  plans: number;
  /** Σ over days of the day's own optimum: the bound without prices */
  dayOptimaBound: number;
  /** the Lagrangian bound the certificate was measured from */
  lagrangianBound: number;
  ms: number;
}

const DEFAULT_MAX_PLANS = 600_000;
const DEFAULT_MAX_COLUMNS = 60_000;
const MAX_ROUNDS = 20;
const SLACK_GROWTH = 2;
const INITIAL_SLACK = 2.5e-4;
const TOLERANCE = 1e-9;
// maxPricingPlans: the cheapest plans each pricing keeps (columns come from the first 150); few
// enough that the search tightens its bound early. 30 000 took d6-vegan-hp-nf-2950-5 (a development
// profile) 47 s, 2 000 takes 31 s; 600 was no faster.
const LAGRANGIAN = { maxIterations: 60, columnsPerDay: 150, maxPricingPlans: 2_000, tolerance: 1e-7 };
const POOL_PER_DAY = 200;
const START_PLANS = 50_000;

/**
 * The exact optimum of the week, starting from a complete rule-abiding week in `st` (the
 * heuristic's), which is the first incumbent.
 *
 * 1. A Lagrangian bound L relaxes the weekly-use and spacing rows with prices (see
 *    `lagrangianBound`): for every week W, Σ_d (rank(W_d) − minRank_d) ≤ cost(W) − L, so each day
 *    of a week that costs at most C has rank ≤ minRank_d + (C − L).
 * 2. Every plan within a rank slack g of its day's least rank goes into the set-packing MILP. If
 *    its optimum C satisfies C − L ≤ g, C is the optimum. Otherwise every week costs at least
 *    L + g, and g doubles, up to min(C, incumbent) − L, where the next round certifies — unless
 *    the model would grow past its budget, in which case the answer is a proven lower bound. The
 *    optimum is often much closer to L than the heuristic's week, and the model's size grows
 *    fast with g, so doubling finds it in far smaller models than a jump to the incumbent.
 *
 * With zero prices this is the plain bound Σ_d best(d); the prices make the certificate tight on
 * thin catalogues, where the few recipes that fit are wanted on every day and the week optimum
 * sits far above the sum of the days' own optima.
 */
export async function certifyWeekOptimum(
  st: WeekState,
  options: CertifyOptions = {},
): Promise<CertifiedWeek> {
  const started = performance.now();
  const highs = await loadHighs();
  const S = st.ctx.S;
  const maxColumns = options.maxColumns ?? DEFAULT_MAX_COLUMNS;
  const plans = new PricedDayPlans(st, options.maxPlansPerDay ?? DEFAULT_MAX_PLANS);
  let incumbent = { cost: st.weekCost(), opt: Int32Array.from(st.opt) };
  let lowerBound = 0;
  let lagrangeBound = 0;
  const finish = (status: CertifiedWeek["status"], rounds: number, columns: number): CertifiedWeek => ({
    status,
    cost: incumbent.cost,
    lowerBound: status === "certified" ? incumbent.cost : Math.min(lowerBound, incumbent.cost),
    opt: incumbent.opt,
    rounds,
    plans: columns,
    dayOptimaBound: lowest.reduce((sum, x) => sum + x, 0),
    lagrangianBound: lagrangeBound,
    ms: performance.now() - started,
  });

  // Unpriced plans near each day's own optimum: its least cost, and the LP's first columns.
  const lowest = new Float64Array(DAYS_PER_WEEK);
  const start: DayPlanSet[] = [];
  for (const { pricing, days } of plans.groups(new Map())) {
    const own = days.map((d) => incumbent.opt.subarray(d * S, d * S + S));
    const ownCost = own.map((o) => plans.rankOf(days[0] as number, pricing, o, 0));
    // Plans up to the incumbent's best day of the group: enough for a lower bound and first columns.
    const near = leastRankPlans(plans, days[0] as number, pricing, 0, Math.min(...ownCost), START_PLANS);
    days.forEach((d, j) => {
      lowest[d] = Math.min(ownCost[j] as number, near.minRank);
      const n = Math.min(POOL_PER_DAY, near.set?.count ?? 0);
      const options = new Int32Array((n + 1) * S);
      if (near.set) options.set(near.set.options.subarray(0, n * S));
      options.set(own[j] as Int32Array, n * S);
      const cost = Float64Array.from([...(near.set?.cost.subarray(0, n) ?? []), ownCost[j] as number]);
      start[d] = { slots: S, count: n + 1, options, rank: cost, cost };
    });
  }
  const lagrange = lagrangianBound(highs, st, plans, start, lowest, incumbent.cost, LAGRANGIAN);
  const L = lagrange.bound;
  lagrangeBound = L;
  lowerBound = L;

  const cache = new Map<string, { set: DayPlanSet; to: number }>();
  const plansWithin = (d: number, pricing: DayPricing, need: number, extra: number): DayPlanSet | null => {
    const hit = cache.get(pricing.key);
    if (hit && hit.to >= need - TOLERANCE) return cheapestUpTo(hit.set, need);
    // Enumerated a step ahead, so the next round's wider slack is served from the cache.
    const ahead = plans.enumerate(d, pricing, need + extra);
    const set = ahead ?? plans.enumerate(d, pricing, need);
    if (!set) return null;
    cache.set(pricing.key, { set, to: ahead ? need + extra : need });
    return cheapestUpTo(set, need);
  };
  const pricings = Array.from({ length: DAYS_PER_WEEK }, (_, d) => plans.pricing(d, lagrange.prices));
  // Start narrow: where the bound is tight (most catalogues) a narrow model already certifies.
  let slack = Math.min(Math.max(0, incumbent.cost - L), INITIAL_SLACK);
  let previousSlack = -1;
  let columns = 0;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    // Shrink the slack until the model fits its budget; a smaller slack still certifies if the
    // week it finds costs at most L + slack.
    let perDay: DayPlanSet[] | null = null;
    for (let shrink = 0; shrink < 8 && !perDay; shrink++) {
      const sets: DayPlanSet[] = [];
      for (let d = 0; d < DAYS_PER_WEEK; d++) {
        const set = plansWithin(
          d,
          pricings[d] as DayPricing,
          (lagrange.minRank[d] as number) + slack,
          slack * (SLACK_GROWTH - 1),
        );
        if (!set) break;
        sets.push(set);
      }
      const total = sets.reduce((sum, s) => sum + s.count, 0);
      if (sets.length === DAYS_PER_WEEK && total <= maxColumns) perDay = sets;
      else slack /= 4;
    }
    // Past the budget, or no wider than a round that did not certify: the bound is all there is.
    if (!perDay || slack <= previousSlack + TOLERANCE) return finish("bound-only", round, columns);
    previousSlack = slack;
    columns = perDay.reduce((sum, s) => sum + s.count, 0);
    const solveStarted = performance.now();
    const result = solveWeekPacking(highs, st, perDay, options.timeLimitSec ?? 120);
    options.onRound?.({
      round,
      slack,
      columns,
      status: result.status,
      objective: result.status === "optimal" || result.status === "limit" ? result.objective : NaN,
      lagrangianBound: L,
      ms: performance.now() - solveStarted,
    });
    if (result.status === "failed") return finish("bound-only", round, columns);
    const adopt = (objective: number, choice: Int32Array): void => {
      if (objective >= incumbent.cost) return;
      const opt = new Int32Array(st.ctx.P);
      for (let d = 0; d < DAYS_PER_WEEK; d++) {
        const set = (perDay as DayPlanSet[])[d] as DayPlanSet;
        const i = choice[d] as number;
        for (let k = 0; k < S; k++) opt[d * S + k] = set.options[i * S + k] as number;
      }
      incumbent = { cost: objective, opt };
    };
    if (result.status === "limit") {
      if (result.choice) adopt(result.objective, result.choice);
      lowerBound = Math.max(lowerBound, Math.min(result.dualBound, L + slack));
      return finish("bound-only", round, columns);
    }
    if (result.status === "optimal") {
      adopt(result.objective, result.choice);
      if (result.objective - L <= slack + TOLERANCE) return finish("certified", round, columns);
    }
    // A better week than any found needs a day beyond the slack, so costs at least L + slack.
    lowerBound = Math.max(lowerBound, L + slack);
    if (incumbent.cost - L <= slack + TOLERANCE) return finish("certified", round, columns);
    // Widen step by step, never past the best week known (a model that wide certifies it): a
    // jump straight to a poor incumbent's gap can hand HiGHS tens of thousands of plans when
    // the optimum sits just above the bound.
    const best = result.status === "optimal" ? Math.min(result.objective, incumbent.cost) : incumbent.cost;
    slack = Math.min(slack * SLACK_GROWTH, best - L);
  }
  return finish("bound-only", MAX_ROUNDS, columns);
}
