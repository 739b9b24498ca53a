import { LEVELS } from "../planning-context";
import { POS_COOK, POS_EAT, type WeekState } from "../search/week-state";
import { DAYS_PER_WEEK } from "../types";
import { daySlotOptions } from "./day-slot-options";
import { enumerateDayPlans, type DayPlanSet } from "./enumerate-day-plans";
import { loadHighs } from "./load-highs";
import { cheapestUpTo, reduceDayPlans } from "./reduce-day-plans";
import { solveWeekPacking } from "./solve-week-packing";

export interface CertifyOptions {
  /** first slack above each day's best plan (normalised cost units) */
  initialSlack?: number;
  /** stop with a lower bound only, rather than enumerate more plans than this per day type */
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
  slack: number;
  columns: number;
  status: "optimal" | "infeasible" | "limit" | "failed";
  objective: number;
  sumBest: number;
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
  ms: number;
}

const DEFAULT_SLACK = 0.001;
const DEFAULT_MAX_PLANS = 600_000;
const DEFAULT_MAX_COLUMNS = 60_000;
const MAX_ROUNDS = 12;
const TOLERANCE = 1e-9;

function signature(options: readonly Int32Array[]): string {
  return options.map((o) => `${o.length}:${o.join(",")}`).join("|");
}

/**
 * The exact optimum of the week, starting from a complete rule-abiding week in `st` (the
 * heuristic's), which is the first incumbent and a witness that every day type has a plan.
 *
 * Any day d of an optimal week costs at most C* − Σ_{d'≠d} best(d'). So once every plan within
 * `slack` of its day's best is in the packing model and its optimum C satisfies
 * C − Σ best ≤ slack, C is the optimum. Otherwise the slack grows to min(C, incumbent) − Σ best
 * and the next round certifies — unless the model would grow past its budget, in which case the
 * answer is a proven lower bound.
 */
export async function certifyWeekOptimum(
  st: WeekState,
  options: CertifyOptions = {},
): Promise<CertifiedWeek> {
  const started = performance.now();
  const highs = await loadHighs();
  const { ctx } = st;
  const S = ctx.S;
  const maxPlans = options.maxPlansPerDay ?? DEFAULT_MAX_PLANS;
  const maxColumns = options.maxColumns ?? DEFAULT_MAX_COLUMNS;
  const slotOptions = daySlotOptions(st);
  const typeOf: number[] = [];
  const typeOptions: Int32Array[][] = [];
  const typeLinked: boolean[][] = [];
  const heuristicBest: number[] = [];
  const keys = new Map<string, number>();
  for (let d = 0; d < DAYS_PER_WEEK; d++) {
    const linked = [...Array(S).keys()].map(
      (k) => st.kind[d * S + k] === POS_COOK || st.kind[d * S + k] === POS_EAT,
    );
    const key = `${linked.join(",")}#${signature(slotOptions[d] as Int32Array[])}`;
    let t = keys.get(key);
    if (t === undefined) {
      t = typeOptions.length;
      keys.set(key, t);
      typeOptions.push(slotOptions[d] as Int32Array[]);
      typeLinked.push(linked);
      heuristicBest.push(Infinity);
    }
    typeOf.push(t);
    heuristicBest[t] = Math.min(heuristicBest[t] as number, st.dayCost[d] as number);
  }
  const T = typeOptions.length;
  let incumbent = { cost: st.weekCost(), opt: Int32Array.from(st.opt) };
  const finish = (
    status: CertifiedWeek["status"],
    lowerBound: number,
    rounds: number,
    plans: number,
  ): CertifiedWeek => ({
    status,
    cost: incumbent.cost,
    lowerBound: status === "certified" ? incumbent.cost : Math.min(lowerBound, incumbent.cost),
    opt: incumbent.opt,
    rounds,
    plans,
    ms: performance.now() - started,
  });

  // Enumerated plans per type (cost-sorted, dominance-reduced) and the bound they are complete to.
  const enumerated: DayPlanSet[] = [];
  const enumeratedTo: number[] = [];
  const best: number[] = [];
  const enumerate = (t: number, bound: number): boolean => {
    const set = enumerateDayPlans({
      slotOptions: typeOptions[t] as Int32Array[],
      optMacro: ctx.optMacro,
      penalty: st.penalty,
      spacingRelaxed: st.rules.spacingRelaxed,
      levels: LEVELS,
      bound,
      maxPlans,
    });
    if (!set) return false;
    const reduced = reduceDayPlans(set, LEVELS, typeLinked[t] as boolean[]);
    enumerated[t] = reduced;
    enumeratedTo[t] = bound;
    best[t] = Math.min(
      heuristicBest[t] as number,
      reduced.count > 0 ? (reduced.cost[0] as number) : Infinity,
    );
    return true;
  };
  const initialSlack = options.initialSlack ?? DEFAULT_SLACK;
  for (let t = 0; t < T; t++) {
    // The heuristic's own day of this type lies within the bound, so the set is never empty.
    if (!enumerate(t, (heuristicBest[t] as number) + initialSlack)) return finish("bound-only", 0, 0, 0);
  }
  const sumBest = typeOf.reduce((sum, t) => sum + (best[t] as number), 0);
  let lowerBound = sumBest;
  let slack = initialSlack;
  let columns = 0;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    if (incumbent.cost - sumBest <= slack + TOLERANCE) {
      // Every week other than ones already ruled out costs at least the incumbent.
      slack = Math.max(0, incumbent.cost - sumBest);
    }
    const sets: DayPlanSet[] = [];
    for (let t = 0; t < T; t++) {
      const need = (best[t] as number) + slack;
      if (need > (enumeratedTo[t] as number) + TOLERANCE && !enumerate(t, need + slack * 0.5)) {
        return finish("bound-only", lowerBound, round, columns);
      }
      sets.push(cheapestUpTo(enumerated[t] as DayPlanSet, need));
    }
    const perDay = typeOf.map((t) => sets[t] as DayPlanSet);
    columns = perDay.reduce((sum, s) => sum + s.count, 0);
    if (columns > maxColumns) return finish("bound-only", lowerBound, round, columns);
    const solveStarted = performance.now();
    const result = solveWeekPacking(highs, st, perDay, options.timeLimitSec ?? 120);
    options.onRound?.({
      round,
      slack,
      columns,
      status: result.status,
      objective: result.status === "optimal" || result.status === "limit" ? result.objective : NaN,
      sumBest,
      ms: performance.now() - solveStarted,
    });
    if (result.status === "failed") return finish("bound-only", lowerBound, round, columns);
    const adopt = (objective: number, choice: Int32Array): void => {
      if (objective >= incumbent.cost) return;
      const opt = new Int32Array(ctx.P);
      for (let d = 0; d < DAYS_PER_WEEK; d++) {
        const set = perDay[d] as DayPlanSet;
        const i = choice[d] as number;
        for (let k = 0; k < S; k++) opt[d * S + k] = set.options[i * S + k] as number;
      }
      incumbent = { cost: objective, opt };
    };
    if (result.status === "limit") {
      if (result.choice) adopt(result.objective, result.choice);
      lowerBound = Math.max(lowerBound, Math.min(result.dualBound, sumBest + slack));
      return finish("bound-only", lowerBound, round, columns);
    }
    if (result.status === "optimal") {
      adopt(result.objective, result.choice);
      if (result.objective - sumBest <= slack + TOLERANCE)
        return finish("certified", incumbent.cost, round, columns);
      // A better week needs a day beyond the slack, so costs at least Σ best + slack.
      lowerBound = Math.max(lowerBound, Math.min(result.objective, sumBest + slack));
      slack = Math.min(result.objective, incumbent.cost) - sumBest;
    } else {
      lowerBound = Math.max(lowerBound, sumBest + slack);
      if (incumbent.cost - sumBest <= slack + TOLERANCE)
        return finish("certified", incumbent.cost, round, columns);
      slack = Math.min(slack * 2, incumbent.cost - sumBest);
    }
  }
  return finish("bound-only", lowerBound, MAX_ROUNDS, columns);
}
