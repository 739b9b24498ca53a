import { LEVELS, dayOf, recipeOfOption } from "../planning-context";
import { POS_COOK, POS_EAT, POS_LOCKED, type WeekState } from "../search/week-state";
import { DAYS_PER_WEEK } from "../types";

/** Uses of each recipe on fixed positions (locked meals and leftovers of locked dinners). */
export function fixedUses(st: WeekState): Int32Array {
  const uses = new Int32Array(st.ctx.R);
  for (const r of st.ctx.fixedRecipe) if (r >= 0) uses[r] = (uses[r] as number) + 1;
  return uses;
}

/**
 * Options per day and slot for the exact model: the heuristic's own option lists, minus recipes
 * that fixed meals already rule out (no copies left, or a fixed neighbour within a day), so the
 * week model only has to reason about choices that are actually open.
 */
export function daySlotOptions(st: WeekState): Int32Array[][] {
  const { ctx, rules } = st;
  const S = ctx.S;
  const fixed = fixedUses(st);
  const fixedNear = (r: number, fromDay: number, toDay: number): boolean => {
    for (let d = Math.max(0, fromDay); d <= Math.min(DAYS_PER_WEEK - 1, toDay); d++) {
      for (let k = 0; k < S; k++) if (ctx.fixedRecipe[d * S + k] === r) return true;
    }
    return false;
  };
  const open = (p: number, r: number): boolean => {
    const cook = st.kind[p] === POS_COOK;
    const d = dayOf(ctx, p);
    if ((rules.maxUses[r] as number) - (fixed[r] as number) < (cook ? 2 : 1)) return false;
    return rules.spacingRelaxed[r] === 1 || !fixedNear(r, d - 1, d + (cook ? 2 : 1));
  };
  const result: Int32Array[][] = [];
  const perPos: Int32Array[] = [];
  for (let p = 0; p < ctx.P; p++) {
    if (st.kind[p] === POS_LOCKED) {
      perPos.push(Int32Array.of(ctx.lockedOpt[p] as number));
    } else if (st.kind[p] === POS_EAT) {
      perPos.push(new Int32Array(0));
    } else {
      const list = st.lists[p]?.options ?? new Int32Array(0);
      perPos.push(list.filter((o) => open(p, recipeOfOption(o))));
    }
  }
  for (let p = 0; p < ctx.P; p++) {
    if (st.kind[p] !== POS_EAT) continue;
    const cook = ctx.cookOf[p] as number;
    const fixedR = ctx.fixedRecipe[p] as number;
    const recipes =
      fixedR >= 0 ? [fixedR] : [...new Set(Array.from(perPos[cook] as Int32Array, recipeOfOption))];
    const opts: number[] = [];
    for (const r of recipes) for (const l of st.levelsFor(p, r)) opts.push(r * LEVELS + l);
    perPos[p] = Int32Array.from(opts);
  }
  for (let d = 0; d < DAYS_PER_WEEK; d++) result.push(perPos.slice(d * S, d * S + S));
  return result;
}
