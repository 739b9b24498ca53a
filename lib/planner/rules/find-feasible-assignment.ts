import { LEVELS, MACROS, dayOf, type PlanningContext } from "../planning-context";
import { shuffleInPlace, type Rng } from "../rng";
import { DAYS_PER_WEEK } from "../types";
import { recipeCopies, unmatchedPositions } from "./match-capacity";
import { isDecisionPosition, type CompiledRules } from "./rule-state";

export type FeasibilityResult =
  | { status: "feasible"; recipeAt: Int32Array }
  | { status: "infeasible"; unmatched: number[] }
  | { status: "unknown" };

export interface FeasibilityOptions {
  /** rule checks allowed before giving up; bounds the search on adversarial catalogues */
  checkBudget?: number;
}

const DEFAULT_CHECK_BUDGET = 400_000;
// Domains larger than this never drive the search order; counting them would only cost time.
const SMALL_DOMAIN = 48;

export function decisionPositions(ctx: PlanningContext): number[] {
  const positions: number[] = [];
  for (let p = 0; p < ctx.P; p++) if (isDecisionPosition(ctx, p)) positions.push(p);
  return positions;
}

/** Whether recipe r may go to p (and to p's leftover position) given what is already placed. */
export function canPlaceRecipe(
  ctx: PlanningContext,
  rules: CompiledRules,
  recipeAt: Int32Array,
  uses: Int32Array,
  r: number,
  p: number,
): boolean {
  const eat = ctx.eatOf[p] as number;
  const need = eat >= 0 ? 2 : 1;
  if ((uses[r] as number) + need > (rules.maxUses[r] as number)) return false;
  if (rules.spacingRelaxed[r]) return true;
  return spacedFrom(ctx, recipeAt, r, p, eat) && (eat < 0 || spacedFrom(ctx, recipeAt, r, eat, p));
}

function spacedFrom(
  ctx: PlanningContext,
  recipeAt: Int32Array,
  r: number,
  q: number,
  partner: number,
): boolean {
  const d = dayOf(ctx, q);
  const from = Math.max(0, d - 1) * ctx.S;
  const to = Math.min(DAYS_PER_WEEK, d + 2) * ctx.S;
  for (let n = from; n < to; n++) {
    if (n !== q && n !== partner && recipeAt[n] === r) return false;
  }
  return true;
}

// Random noise added to a recipe's fit when ordering values: the best-fitting recipes come first,
// in a seed-dependent order, so plans differ between seeds without starting from random food.
const FIT_NOISE = 0.15;

/** How far r's best portion is from the slot's share of every macro (L1, normalised units). */
function fitToSlot(ctx: PlanningContext, p: number, r: number): number {
  const k = ctx.posSlot[p] as number;
  const share = ctx.shares[k] as number;
  let best = Infinity;
  for (const l of (ctx.bandLevels[k] as Int32Array[])[r] as Int32Array) {
    let c = 0;
    for (let m = 0; m < MACROS; m++)
      c += Math.abs((ctx.optMacro[(r * LEVELS + l) * MACROS + m] as number) - share);
    if (c < best) best = c;
  }
  return best;
}

/** Values to try at p: recipes that fit the slot's share first, with seeded noise. */
function valueOrder(ctx: PlanningContext, domain: Int32Array, p: number, rng: Rng): number[] {
  const keyed = shuffleInPlace(Array.from(domain), rng).map((r) => ({
    r,
    key: fitToSlot(ctx, p, r) + FIT_NOISE * rng.next(),
  }));
  keyed.sort((a, b) => a.key - b.key);
  return keyed.map((x) => x.r);
}

/**
 * Finds any assignment of recipes to positions that obeys the rules, or shows there is none.
 * Backtracking with smallest-domain-first ordering; the value order is shuffled by the seed so
 * different seeds start from different weeks.
 */
export function findFeasibleAssignment(
  ctx: PlanningContext,
  rules: CompiledRules,
  rng: Rng,
  options: FeasibilityOptions = {},
): FeasibilityResult {
  const positions = decisionPositions(ctx);
  const unmatched = unmatchedPositions(rules, positions, recipeCopies(ctx, rules));
  if (unmatched.length > 0) return { status: "infeasible", unmatched };

  const recipeAt = Int32Array.from(ctx.fixedRecipe);
  const uses = new Int32Array(ctx.R);
  for (let p = 0; p < ctx.P; p++) {
    const r = recipeAt[p] as number;
    if (r >= 0) uses[r] = (uses[r] as number) + 1;
  }
  const order = new Map(positions.map((p) => [p, valueOrder(ctx, rules.domains[p] as Int32Array, p, rng)]));
  const staticOrder = [...positions].sort(
    (a, b) => (rules.domains[a] as Int32Array).length - (rules.domains[b] as Int32Array).length || a - b,
  );
  let budget = options.checkBudget ?? DEFAULT_CHECK_BUDGET;
  let exhausted = false;

  const place = (r: number, p: number, delta: 1 | -1): void => {
    const eat = ctx.eatOf[p] as number;
    recipeAt[p] = delta > 0 ? r : -1;
    uses[r] = (uses[r] as number) + delta;
    if (eat >= 0) {
      recipeAt[eat] = delta > 0 ? r : -1;
      uses[r] = (uses[r] as number) + delta;
    }
  };

  const feasibleCount = (p: number, limit: number): number => {
    let count = 0;
    for (const r of order.get(p) as number[]) {
      budget--;
      if (canPlaceRecipe(ctx, rules, recipeAt, uses, r, p) && ++count >= limit) break;
    }
    return count;
  };

  const pick = (): number => {
    let best = -1;
    let bestCount = Infinity;
    for (const p of staticOrder) {
      if ((recipeAt[p] as number) >= 0) continue;
      const size = (rules.domains[p] as Int32Array).length;
      if (size > SMALL_DOMAIN) {
        // Static order is ascending, so every remaining position is large too.
        if (best < 0) best = p;
        break;
      }
      const count = feasibleCount(p, bestCount);
      if (count < bestCount) {
        bestCount = count;
        best = p;
        if (count === 0) break;
      }
    }
    return best;
  };

  const solve = (): boolean => {
    if (budget <= 0) {
      exhausted = true;
      return false;
    }
    const p = pick();
    if (p < 0) return true;
    for (const r of order.get(p) as number[]) {
      budget--;
      if (!canPlaceRecipe(ctx, rules, recipeAt, uses, r, p)) continue;
      place(r, p, 1);
      if (solve()) return true;
      place(r, p, -1);
      if (exhausted) return false;
    }
    return false;
  };

  if (solve()) return { status: "feasible", recipeAt };
  return exhausted ? { status: "unknown" } : { status: "infeasible", unmatched: [] };
}
