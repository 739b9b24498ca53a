import { DAYS_PER_WEEK } from "../types";
import type { DayPlanSet } from "./enumerate-day-plans";
import type { HighsSolver } from "./load-highs";
import { buildPackingModel, PackingRows, type PackingModel } from "./packing-model";
import type { WeekState } from "../search/week-state";

export type PackingResult =
  | { status: "optimal"; objective: number; choice: Int32Array }
  | { status: "infeasible" }
  /** stopped by the time limit: the best week found, if any, and the proven bound */
  | { status: "limit"; objective: number; choice: Int32Array | null; dualBound: number }
  | { status: "failed"; reason: string };

export type PackingLpResult =
  | {
      status: "optimal";
      objective: number;
      /** per cross-day row: its dual (≤ 0 for a binding limit) and its upper limit */
      rows: Map<string, { dual: number; upper: number }>;
      /** per day, the price of planning that day */
      dayDual: Float64Array;
    }
  | { status: "failed"; reason: string };

function toHighsModel(highs: HighsSolver, model: PackingModel, integer: boolean) {
  return {
    numCols: model.numCols,
    numRows: model.numRows,
    colCost: model.cost,
    colLower: new Float64Array(model.numCols),
    colUpper: new Float64Array(model.numCols).fill(1),
    rowLower: model.rowLower,
    rowUpper: model.rowUpper,
    matrix: {
      format: "csc" as const,
      numRows: model.numRows,
      numCols: model.numCols,
      starts: model.starts,
      indices: model.indices,
      values: model.values,
    },
    ...(integer
      ? { integrality: new Int32Array(model.numCols).fill(highs.constants.variableType.integer) }
      : {}),
  };
}

const failure = (error: unknown) => ({
  status: "failed" as const,
  reason: error instanceof Error ? error.message : String(error),
});

/**
 * Picks one enumerated plan per day so the week obeys every cross-day rule — weekly uses,
 * spacing between days, leftover dinners matching the next lunch — at the least total cost
 * (`set.cost`). A set-packing MILP: binary x[d, plan].
 */
export function solveWeekPacking(
  highs: HighsSolver,
  st: WeekState,
  plans: readonly DayPlanSet[],
  timeLimitSec: number,
): PackingResult {
  const model = buildPackingModel(new PackingRows(st, true), plans);
  if (model.numCols === 0) return { status: "infeasible" };
  try {
    return highs.withModel(toHighsModel(highs, model, true), (solver): PackingResult => {
      solver.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-9, time_limit: timeLimitSec });
      solver.run();
      const status = solver.getModelStatus();
      if (status === highs.constants.modelStatus.infeasible) return { status: "infeasible" };
      const readChoice = (): Int32Array => {
        const x = solver.getSolution().colValue;
        const choice = new Int32Array(DAYS_PER_WEEK).fill(-1);
        for (let c = 0; c < model.numCols; c++)
          if ((x[c] as number) > 0.5) choice[model.colDay[c] as number] = model.colPlan[c] as number;
        return choice;
      };
      if (status === highs.constants.modelStatus.optimal) {
        return { status: "optimal", objective: solver.getObjectiveValue(), choice: readChoice() };
      }
      if (status === highs.constants.modelStatus.timeLimit) {
        // An item HiGHS has no value for throws; a missing one means "unknown", not a failed solve.
        const info = (name: string): number => {
          try {
            return Number(solver.info.get(name));
          } catch {
            return NaN;
          }
        };
        const primal = info("mip_primal_bound");
        const dual = info("mip_dual_bound");
        const hasPrimal = Number.isFinite(primal) && info("primal_solution_status") === 2;
        return {
          status: "limit",
          objective: hasPrimal ? primal : Infinity,
          choice: hasPrimal ? readChoice() : null,
          dualBound: Number.isFinite(dual) ? dual : 0,
        };
      }
      return { status: "failed", reason: `HiGHS status ${status}` };
    });
  } catch (error) {
    return failure(error);
  }
}

/**
 * The linear relaxation of the packing model without leftover rows, for its prices: the weekly
 * uses and spacing rows it prices are the ones a Lagrangian bound relaxes (`lagrangianBound`).
 * The plans must include a complete rule-abiding week, so the model is always feasible.
 */
export function solveWeekPackingLp(
  highs: HighsSolver,
  st: WeekState,
  plans: readonly DayPlanSet[],
): PackingLpResult {
  const model = buildPackingModel(new PackingRows(st, false), plans);
  try {
    return highs.withModel(toHighsModel(highs, model, false), (solver): PackingLpResult => {
      solver.options.set({ output_flag: false });
      solver.run();
      const status = solver.getModelStatus();
      if (status !== highs.constants.modelStatus.optimal) return failure(`HiGHS LP status ${status}`);
      const duals = solver.getSolution().rowDual;
      const rows = new Map<string, { dual: number; upper: number }>();
      model.rowKeys.forEach((key, i) => {
        if (i >= DAYS_PER_WEEK)
          rows.set(key, { dual: duals[i] as number, upper: model.rowUpper[i] as number });
      });
      return {
        status: "optimal",
        objective: solver.getObjectiveValue(),
        rows,
        dayDual: Float64Array.from({ length: DAYS_PER_WEEK }, (_, d) => duals[d] as number),
      };
    });
  } catch (error) {
    return failure(error);
  }
}
