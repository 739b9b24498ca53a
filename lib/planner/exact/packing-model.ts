import { LEVELS, dayOf } from "../planning-context";
import { POS_COOK, POS_EAT, type WeekState } from "../search/week-state";
import { DAYS_PER_WEEK } from "../types";
import { fixedUses } from "./day-slot-options";
import type { DayPlanSet } from "./enumerate-day-plans";

/** One coefficient of a meal in a cross-day row of the week model. */
export interface RowTerm {
  key: string;
  lower: number;
  upper: number;
  coef: number;
}

/**
 * The week model's cross-day rows a meal enters: weekly uses of its recipe, the spacing rows
 * between its day and each neighbour, and (with `links`) the leftover rows tying a cooking dinner
 * to the next day's lunch. Fixed meals enter none: their uses are taken off the limits up front.
 */
export class PackingRows {
  private readonly fixed: Int32Array;

  constructor(
    private readonly st: WeekState,
    private readonly links: boolean,
  ) {
    this.fixed = fixedUses(st);
  }

  termsOf(d: number, k: number, option: number): RowTerm[] {
    const { ctx, rules } = this.st;
    const p = d * ctx.S + k;
    if ((ctx.fixedRecipe[p] as number) >= 0) return [];
    const r = Math.floor(option / LEVELS);
    const terms: RowTerm[] = [
      {
        key: `use:${r}`,
        lower: 0,
        upper: Math.max(0, (rules.maxUses[r] as number) - (this.fixed[r] as number)),
        coef: 1,
      },
    ];
    const kind = this.st.kind[p];
    const linkedToYesterday = kind === POS_EAT && dayOf(ctx, ctx.cookOf[p] as number) === d - 1;
    if (!rules.spacingRelaxed[r]) {
      if (d < DAYS_PER_WEEK - 1) terms.push({ key: `gap:${r}:${d}`, lower: 0, upper: 1, coef: 1 });
      if (d > 0 && !linkedToYesterday) terms.push({ key: `gap:${r}:${d - 1}`, lower: 0, upper: 1, coef: 1 });
    }
    if (this.links && kind === POS_COOK) terms.push({ key: `link:${d}:${r}`, lower: 0, upper: 0, coef: 1 });
    if (this.links && linkedToYesterday)
      terms.push({ key: `link:${d - 1}:${r}`, lower: 0, upper: 0, coef: -1 });
    return terms;
  }
}

/** A set-packing model in column form: binary x[d, plan], one plan per day. */
export interface PackingModel {
  numRows: number;
  numCols: number;
  rowKeys: string[];
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  cost: Float64Array;
  colDay: Int32Array;
  colPlan: Int32Array;
}

/**
 * Rows 0–6 are the days (exactly one plan each); the rest come from `PackingRows`. A column's
 * objective coefficient is the plan's `cost` (not its rank).
 */
export function buildPackingModel(rowsOf: PackingRows, plans: readonly DayPlanSet[]): PackingModel {
  const keys: string[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  const index = new Map<string, number>();
  const row = (key: string, lo: number, up: number): number => {
    let i = index.get(key);
    if (i === undefined) {
      i = keys.length;
      index.set(key, i);
      keys.push(key);
      lower.push(lo);
      upper.push(up);
    }
    return i;
  };
  for (let d = 0; d < DAYS_PER_WEEK; d++) row(`day:${d}`, 1, 1);
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const cost: number[] = [];
  const colDay: number[] = [];
  const colPlan: number[] = [];
  const entries = new Map<number, number>();
  for (let d = 0; d < DAYS_PER_WEEK; d++) {
    const set = plans[d] as DayPlanSet;
    const S = set.slots;
    for (let i = 0; i < set.count; i++) {
      entries.clear();
      entries.set(d, 1);
      for (let k = 0; k < S; k++) {
        for (const term of rowsOf.termsOf(d, k, set.options[i * S + k] as number)) {
          const r = row(term.key, term.lower, term.upper);
          entries.set(r, (entries.get(r) ?? 0) + term.coef);
        }
      }
      const sorted = [...entries.entries()].sort((a, b) => a[0] - b[0]);
      for (const [r, v] of sorted) {
        if (v === 0) continue;
        indices.push(r);
        values.push(v);
      }
      starts.push(indices.length);
      cost.push(set.cost[i] as number);
      colDay.push(d);
      colPlan.push(i);
    }
  }
  return {
    numRows: keys.length,
    numCols: cost.length,
    rowKeys: keys,
    rowLower: Float64Array.from(lower),
    rowUpper: Float64Array.from(upper),
    starts: Int32Array.from(starts),
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
    cost: Float64Array.from(cost),
    colDay: Int32Array.from(colDay),
    colPlan: Int32Array.from(colPlan),
  };
}
