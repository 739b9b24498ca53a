import type { Rng } from "../rng";
import { DAYS_PER_WEEK } from "../types";
import { WeekSearch } from "./improve-week";
import type { WeekState } from "./week-state";

export interface OptimiseOptions {
  /**
   * search effort in work units (kd-tree node pairs visited), descent included. Deterministic,
   * unlike a time budget; roughly 10 000 units per millisecond on one core.
   */
  workBudget?: number;
  /** stop early once the week's mean absolute deviation (%) is at or below this */
  stopAtPct?: number;
  /**
   * extra budget, as a multiple of workBudget, for a week that still misses a day-macro by more
   * than 5 %: usually a thin catalogue, where recipes moved between days still pay off
   */
  extensionFactor?: number;
}

// Tuned on the seed catalogue (see README).
export const DEFAULT_WORK_BUDGET = 200_000;
export const DEFAULT_STOP_AT_PCT = 0.05;
export const DEFAULT_EXTENSION_FACTOR = 0.6;
const DESCENT_SHARE = 0.8;
// Rich catalogues gain from trying recipes within a day; thin ones from moving recipes between days.
const RELOCATE_SHARE = 0.15;
const RELOCATE_SHARE_EXTENDED = 0.6;
const MACROS = 4;
const OFF_BY = 0.05;

function missesADay(st: WeekState): boolean {
  for (let i = 0; i < DAYS_PER_WEEK * MACROS; i++)
    if (Math.abs((st.dayTot[i] as number) - 1) > OFF_BY) return true;
  return false;
}

/** Descent, then iterated perturbation (extended for weeks still off target). Deterministic for a given rng. */
export function optimiseWeek(st: WeekState, rng: Rng, options: OptimiseOptions = {}): void {
  const search = new WeekSearch(st, rng);
  const workBudget = options.workBudget ?? DEFAULT_WORK_BUDGET;
  const stopAtPct = options.stopAtPct ?? DEFAULT_STOP_AT_PCT;
  // The first descent may use most of the budget; a hard week still ends on time.
  search.descend(workBudget * DESCENT_SHARE);
  search.perturb({ workBudget, stopAtPct, relocateShare: RELOCATE_SHARE });
  if (missesADay(st)) {
    search.perturb({
      workBudget: workBudget * (1 + (options.extensionFactor ?? DEFAULT_EXTENSION_FACTOR)),
      stopAtPct,
      relocateShare: RELOCATE_SHARE_EXTENDED,
    });
  }
}
