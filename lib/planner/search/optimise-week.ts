import type { Rng } from "../rng";
import { WeekSearch } from "./improve-week";
import type { WeekState } from "./week-state";

export interface OptimiseOptions {
  /**
   * search effort in work units (kd-tree node pairs visited), descent included; deterministic,
   * unlike a time budget. About 10 000 units per millisecond on one 2020s core.
   */
  workBudget?: number;
  /** stop early once the week's mean absolute deviation (%) is at or below this */
  stopAtPct?: number;
}

// Tuned on the seed catalogue (see README).
export const DEFAULT_WORK_BUDGET = 300_000;
export const DEFAULT_STOP_AT_PCT = 0.05;

/** Descent, then iterated perturbation, then a final descent. Deterministic for a given rng. */
export function optimiseWeek(st: WeekState, rng: Rng, options: OptimiseOptions = {}): void {
  const search = new WeekSearch(st, rng);
  search.descend();
  search.perturb({
    workBudget: options.workBudget ?? DEFAULT_WORK_BUDGET,
    stopAtPct: options.stopAtPct ?? DEFAULT_STOP_AT_PCT,
  });
}
