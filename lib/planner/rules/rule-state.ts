import { MEAL_SLOTS, type MealSlot } from "@/lib/catalogue/types";
import { MEAL_SLOT_BIT, dayOf, type PlanningContext } from "../planning-context";
import { DAY_NAMES, type DayName, type EffectiveRules, type PlanSlot } from "../types";

/** The rules in force while planning; relaxations only ever loosen them. */
export interface RuleState {
  maxUses: Record<MealSlot, number>;
  consecutiveAllowed: Set<MealSlot>;
  lastWeekAllowed: Set<MealSlot>;
  /** minutes per position; Infinity when unlimited */
  timeLimit: Float64Array;
}

/** Rules resolved to recipes and positions, in the shape the searches consume. */
export interface CompiledRules {
  maxUses: Int32Array;
  /** 1 when the recipe may repeat on consecutive days or twice in a day */
  spacingRelaxed: Uint8Array;
  /** per position: recipes allowed there (empty for fixed and leftover positions) */
  domains: Int32Array[];
}

export function initialRules(ctx: PlanningContext): RuleState {
  const base = ctx.request.variety.maxUsesPerWeek;
  return {
    maxUses: { breakfast: base, lunch: base, dinner: base, snack: base },
    consecutiveAllowed: new Set(),
    lastWeekAllowed: new Set(),
    timeLimit: Float64Array.from(ctx.baseTimeLimit),
  };
}

export function cloneRules(rules: RuleState): RuleState {
  return {
    maxUses: { ...rules.maxUses },
    consecutiveAllowed: new Set(rules.consecutiveAllowed),
    lastWeekAllowed: new Set(rules.lastWeekAllowed),
    timeLimit: Float64Array.from(rules.timeLimit),
  };
}

/** Whether position p is decided by the search (not locked, not a leftover of another meal). */
export function isDecisionPosition(ctx: PlanningContext, p: number): boolean {
  return (ctx.fixedRecipe[p] as number) < 0 && (ctx.cookOf[p] as number) < 0;
}

export function recipeFitsPosition(ctx: PlanningContext, rules: RuleState, r: number, p: number): boolean {
  const mealSlot = ctx.posMealSlot[p] as MealSlot;
  if (((ctx.slotBits[r] as number) & MEAL_SLOT_BIT[mealSlot]) === 0) return false;
  if ((ctx.minutes[r] as number) > (rules.timeLimit[p] as number)) return false;
  return ctx.lastWeek[r] === 0 || rules.lastWeekAllowed.has(mealSlot);
}

export function compileRules(ctx: PlanningContext, rules: RuleState): CompiledRules {
  const maxUses = new Int32Array(ctx.R);
  const spacingRelaxed = new Uint8Array(ctx.R);
  const planned = new Set(ctx.posMealSlot);
  for (let r = 0; r < ctx.R; r++) {
    let limit = 0;
    for (const mealSlot of MEAL_SLOTS) {
      if (!planned.has(mealSlot) || ((ctx.slotBits[r] as number) & MEAL_SLOT_BIT[mealSlot]) === 0) continue;
      limit = Math.max(limit, rules.maxUses[mealSlot]);
      if (rules.consecutiveAllowed.has(mealSlot)) spacingRelaxed[r] = 1;
    }
    // A recipe outside every planned slot can only be here through a lock or a leftover.
    maxUses[r] = limit > 0 ? limit : ctx.request.variety.maxUsesPerWeek;
  }
  const domains: Int32Array[] = [];
  for (let p = 0; p < ctx.P; p++) {
    if (!isDecisionPosition(ctx, p)) {
      domains.push(new Int32Array(0));
      continue;
    }
    const allowed: number[] = [];
    for (let r = 0; r < ctx.R; r++) if (recipeFitsPosition(ctx, rules, r, p)) allowed.push(r);
    domains.push(Int32Array.from(allowed));
  }
  return { maxUses, spacingRelaxed, domains };
}

export function toEffectiveRules(ctx: PlanningContext, rules: RuleState): EffectiveRules {
  const timeLimitOverrides: EffectiveRules["timeLimitOverrides"] = [];
  for (let p = 0; p < ctx.P; p++) {
    const limit = rules.timeLimit[p] as number;
    if (limit === ctx.baseTimeLimit[p]) continue;
    timeLimitOverrides.push({
      day: DAY_NAMES[dayOf(ctx, p)] as DayName,
      slot: ctx.slots[ctx.posSlot[p] as number] as PlanSlot,
      minutes: Number.isFinite(limit) ? limit : null,
    });
  }
  return {
    maxUsesPerWeek: { ...rules.maxUses },
    consecutiveAllowed: MEAL_SLOTS.filter((s) => rules.consecutiveAllowed.has(s)),
    lastWeekAllowed: MEAL_SLOTS.filter((s) => rules.lastWeekAllowed.has(s)),
    timeLimitOverrides,
  };
}

export function fromEffectiveRules(ctx: PlanningContext, effective: EffectiveRules): RuleState {
  const rules = initialRules(ctx);
  rules.maxUses = { ...effective.maxUsesPerWeek };
  rules.consecutiveAllowed = new Set(effective.consecutiveAllowed);
  rules.lastWeekAllowed = new Set(effective.lastWeekAllowed);
  for (const o of effective.timeLimitOverrides) {
    const k = ctx.slots.indexOf(o.slot);
    if (k < 0) continue;
    rules.timeLimit[DAY_NAMES.indexOf(o.day) * ctx.S + k] = o.minutes ?? Infinity;
  }
  return rules;
}
