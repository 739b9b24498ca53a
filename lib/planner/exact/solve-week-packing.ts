import { LEVELS, dayOf } from "../planning-context";
import { POS_COOK, POS_EAT, type WeekState } from "../search/week-state";
import { DAYS_PER_WEEK } from "../types";
import { fixedUses } from "./day-slot-options";
import type { DayPlanSet } from "./enumerate-day-plans";
import type { HighsSolver } from "./load-highs";

export type PackingResult =
  | { status: "optimal"; objective: number; choice: Int32Array }
  | { status: "infeasible" }
  /** stopped by the time limit: the best week found, if any, and the proven bound */
  | { status: "limit"; objective: number; choice: Int32Array | null; dualBound: number }
  | { status: "failed"; reason: string };

class RowBook {
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  private readonly index = new Map<string, number>();

  row(key: string, lower: number, upper: number): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.lower.length;
      this.index.set(key, i);
      this.lower.push(lower);
      this.upper.push(upper);
    }
    return i;
  }
}

/**
 * Picks one enumerated plan per day so the week obeys every cross-day rule — weekly uses,
 * spacing between days, leftover dinners matching the next lunch — at the least total cost.
 * A set-packing MILP: binary x[d, plan].
 */
export function solveWeekPacking(
  highs: HighsSolver,
  st: WeekState,
  plans: readonly DayPlanSet[],
  timeLimitSec: number,
): PackingResult {
  const { ctx, rules } = st;
  const S = ctx.S;
  const fixed = fixedUses(st);
  const rows = new RowBook();
  for (let d = 0; d < DAYS_PER_WEEK; d++) rows.row(`day:${d}`, 1, 1);
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const cost: number[] = [];
  const colDay: number[] = [];
  const colPlan: number[] = [];
  const entries = new Map<number, number>();
  for (let d = 0; d < DAYS_PER_WEEK; d++) {
    const set = plans[d] as DayPlanSet;
    for (let i = 0; i < set.count; i++) {
      entries.clear();
      const add = (row: number, v: number): void => {
        entries.set(row, (entries.get(row) ?? 0) + v);
      };
      add(d, 1);
      for (let k = 0; k < S; k++) {
        const p = d * S + k;
        if ((ctx.fixedRecipe[p] as number) >= 0) continue;
        const r = Math.floor((set.options[i * S + k] as number) / LEVELS);
        add(rows.row(`use:${r}`, 0, Math.max(0, (rules.maxUses[r] as number) - (fixed[r] as number))), 1);
        const linkedToYesterday = st.kind[p] === POS_EAT && dayOf(ctx, ctx.cookOf[p] as number) === d - 1;
        if (!rules.spacingRelaxed[r]) {
          if (d < DAYS_PER_WEEK - 1) add(rows.row(`gap:${r}:${d}`, 0, 1), 1);
          if (d > 0 && !linkedToYesterday) add(rows.row(`gap:${r}:${d - 1}`, 0, 1), 1);
        }
        if (st.kind[p] === POS_COOK) add(rows.row(`link:${d}:${r}`, 0, 0), 1);
        if (linkedToYesterday) add(rows.row(`link:${d - 1}:${r}`, 0, 0), -1);
      }
      const sorted = [...entries.entries()].sort((a, b) => a[0] - b[0]);
      for (const [row, v] of sorted) {
        if (v === 0) continue;
        indices.push(row);
        values.push(v);
      }
      starts.push(indices.length);
      cost.push(set.cost[i] as number);
      colDay.push(d);
      colPlan.push(i);
    }
  }
  const numCols = cost.length;
  const numRows = rows.lower.length;
  if (numCols === 0) return { status: "infeasible" };
  try {
    return highs.withModel(
      {
        numCols,
        numRows,
        colCost: Float64Array.from(cost),
        colLower: new Float64Array(numCols),
        colUpper: new Float64Array(numCols).fill(1),
        rowLower: Float64Array.from(rows.lower),
        rowUpper: Float64Array.from(rows.upper),
        matrix: {
          format: "csc",
          numRows,
          numCols,
          starts: Int32Array.from(starts),
          indices: Int32Array.from(indices),
          values: Float64Array.from(values),
        },
        integrality: new Int32Array(numCols).fill(highs.constants.variableType.integer),
      },
      (model): PackingResult => {
        model.options.set({
          output_flag: false,
          mip_rel_gap: 0,
          mip_abs_gap: 1e-9,
          time_limit: timeLimitSec,
        });
        model.run();
        const status = model.getModelStatus();
        if (status === highs.constants.modelStatus.infeasible) return { status: "infeasible" };
        const readChoice = (): Int32Array => {
          const x = model.getSolution().colValue;
          const choice = new Int32Array(DAYS_PER_WEEK).fill(-1);
          for (let c = 0; c < numCols; c++)
            if ((x[c] as number) > 0.5) choice[colDay[c] as number] = colPlan[c] as number;
          return choice;
        };
        if (status === highs.constants.modelStatus.optimal) {
          return { status: "optimal", objective: model.getObjectiveValue(), choice: readChoice() };
        }
        if (status === highs.constants.modelStatus.timeLimit) {
          const primal = Number(model.info.get("mip_primal_bound"));
          const dual = Number(model.info.get("mip_dual_bound"));
          const hasPrimal = Number.isFinite(primal) && Number(model.info.get("primal_solution_status")) === 2;
          return {
            status: "limit",
            objective: hasPrimal ? primal : Infinity,
            choice: hasPrimal ? readChoice() : null,
            dualBound: Number.isFinite(dual) ? dual : 0,
          };
        }
        return { status: "failed", reason: `HiGHS status ${status}` };
      },
    );
  } catch (error) {
    return { status: "failed", reason: error instanceof Error ? error.message : String(error) };
  }
}
