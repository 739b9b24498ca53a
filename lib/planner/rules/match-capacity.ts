import type { PlanningContext } from "../planning-context";
import type { CompiledRules } from "./rule-state";

// Without consecutive days a recipe fits on at most 4 of 7 days (Mon, Wed, Fri, Sun).
const MAX_SPACED_DAYS = 4;

/** Copies of each recipe still available to decision positions after the fixed meals. */
export function recipeCopies(ctx: PlanningContext, rules: CompiledRules): Int32Array {
  const copies = new Int32Array(ctx.R);
  const fixedUses = new Int32Array(ctx.R);
  for (let p = 0; p < ctx.P; p++) {
    const r = ctx.fixedRecipe[p] as number;
    if (r >= 0) fixedUses[r] = (fixedUses[r] as number) + 1;
  }
  for (let r = 0; r < ctx.R; r++) {
    const free = Math.max(0, (rules.maxUses[r] as number) - (fixedUses[r] as number));
    copies[r] = rules.spacingRelaxed[r] ? free : Math.min(free, MAX_SPACED_DAYS);
  }
  return copies;
}

/**
 * Maximum matching of positions to recipe copies (a necessary condition for feasibility that ignores
 * spacing). Returns the positions left unmatched; empty means the counting argument passes.
 * It proves thin catalogues infeasible instantly, where a backtracking search would wander.
 */
export function unmatchedPositions(
  rules: CompiledRules,
  positions: readonly number[],
  copies: Int32Array,
): number[] {
  const holders = new Map<number, number[]>();
  const unmatched: number[] = [];
  let stamp = 0;
  const visited = new Map<number, number>();

  const augment = (p: number): boolean => {
    const domain = rules.domains[p] as Int32Array;
    for (const r of domain) {
      if (visited.get(r) === stamp) continue;
      visited.set(r, stamp);
      const held = holders.get(r) ?? [];
      if (held.length < (copies[r] as number)) {
        held.push(p);
        holders.set(r, held);
        return true;
      }
      for (let i = 0; i < held.length; i++) {
        if (augment(held[i] as number)) {
          held[i] = p;
          return true;
        }
      }
    }
    return false;
  };

  for (const p of positions) {
    stamp++;
    if (!augment(p)) unmatched.push(p);
  }
  return unmatched;
}
