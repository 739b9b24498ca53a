import { LEVELS, MACROS, recipeOfOption, type PlanningContext } from "../planning-context";
import type { CompiledRules } from "../rules/rule-state";
import { POS_LOCKED, WeekState, type OptionList } from "./week-state";

/** The serving level of r whose kcal is closest to the slot's share of the day. */
function closestLevel(ctx: PlanningContext, st: WeekState, p: number, r: number): number {
  const share = ctx.shares[ctx.posSlot[p] as number] as number;
  let best = -1;
  let bestGap = Infinity;
  for (const l of st.levelsFor(p, r)) {
    const gap = Math.abs((ctx.optMacro[(r * LEVELS + l) * MACROS] as number) - share);
    if (gap < bestGap) {
      bestGap = gap;
      best = l;
    }
  }
  return r * LEVELS + best;
}

/**
 * A search state holding a rule-abiding recipe assignment, portioned to each slot's kcal share.
 * `recipeAt` gives the recipe per position; locked positions keep their locked option.
 */
export function seedState(
  ctx: PlanningContext,
  rules: CompiledRules,
  recipeAt: Int32Array,
  listCache?: Map<string, OptionList>,
  keepOptions?: Int32Array,
): WeekState {
  const st = new WeekState(ctx, rules, ctx.lastWeek, listCache);
  for (let p = 0; p < ctx.P; p++) {
    if (st.kind[p] === POS_LOCKED) {
      st.setOption(p, ctx.lockedOpt[p] as number);
      continue;
    }
    const keep = keepOptions?.[p] ?? -1;
    const r = recipeAt[p] as number;
    st.setOption(p, keep >= 0 && recipeOfOption(keep) === r ? keep : closestLevel(ctx, st, p, r));
  }
  return st;
}
