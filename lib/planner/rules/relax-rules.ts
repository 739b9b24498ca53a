import type { MealSlot } from "@/lib/catalogue/types";
import { describeDays, describeRecipes } from "../describe";
import { PlannerError } from "../errors";
import { MEAL_SLOT_BIT, dayOf, type PlanningContext } from "../planning-context";
import type { Rng } from "../rng";
import { DAY_NAMES, type DayName, type MealRef, type PlanSlot, type Relaxation } from "../types";
import { decisionPositions, findFeasibleAssignment } from "./find-feasible-assignment";
import { recipeCopies, unmatchedPositions } from "./match-capacity";
import { cloneRules, compileRules, initialRules, type CompiledRules, type RuleState } from "./rule-state";

/**
 * Relaxation order, per catalogue slot, from the least to the most felt by the user:
 * 1. last-week avoidance — repeating a recipe from 7+ days ago is barely noticed;
 * 2. weekly limit +1 (2× → 3×) — one more serving of a recipe the user already likes;
 * 3. consecutive-day rule — visible monotony, but still only taste;
 * 4. time limits — the user's schedule is a real constraint, so it bends last among the
 *    everyday rules, one day at a time and by the smallest step the catalogue allows;
 * 5. weekly limit beyond that — last resort for slots with one or two recipes in total.
 * Diet, allergens and dislikes are safety rules and never appear here.
 */
const LADDER = ["last-week", "variety", "consecutive", "time", "variety-more"] as const;

// Spread time relaxations over the week rather than bunching them (Tue, Thu, Mon, Wed, Fri, Sat, Sun).
const DAY_PREFERENCE = [1, 3, 0, 2, 4, 5, 6];
const MAX_STEPS = 400;

export interface RelaxOutcome {
  rules: RuleState;
  compiled: CompiledRules;
  recipeAt: Int32Array;
  relaxations: Relaxation[];
}

interface Attempt {
  compiled: CompiledRules;
  recipeAt: Int32Array | null;
}

function attempt(ctx: PlanningContext, rules: RuleState, rng: Rng): Attempt {
  const compiled = compileRules(ctx, rules);
  const result = findFeasibleAssignment(ctx, compiled, rng);
  return { compiled, recipeAt: result.status === "feasible" ? result.recipeAt : null };
}

function eligibleFor(ctx: PlanningContext, r: number, mealSlot: MealSlot): boolean {
  return ((ctx.slotBits[r] as number) & MEAL_SLOT_BIT[mealSlot]) !== 0;
}

function positionsOf(ctx: PlanningContext, mealSlot: MealSlot): number[] {
  return decisionPositions(ctx).filter((p) => ctx.posMealSlot[p] === mealSlot);
}

/** Catalogue slots ordered by how short of recipes they are: the first is the one to relax. */
function culpritOrder(ctx: PlanningContext, compiled: CompiledRules): MealSlot[] {
  const copies = recipeCopies(ctx, compiled);
  const scored = ctx.mealSlotsInUse.map((mealSlot) => {
    const positions = positionsOf(ctx, mealSlot);
    const deficit = unmatchedPositions(compiled, positions, copies).length;
    const pool = new Set<number>();
    for (const p of positions) for (const r of compiled.domains[p] as Int32Array) pool.add(r);
    let supply = 0;
    for (const r of pool) supply += copies[r] as number;
    return { mealSlot, deficit, slack: supply - positions.length };
  });
  scored.sort((a, b) => b.deficit - a.deficit || a.slack - b.slack);
  return scored.map((s) => s.mealSlot);
}

function relaxOneTimeLimit(ctx: PlanningContext, rules: RuleState, mealSlot: MealSlot): boolean {
  let best = -1;
  let bestNext = Infinity;
  for (const p of positionsOf(ctx, mealSlot)) {
    const limit = rules.timeLimit[p] as number;
    if (!Number.isFinite(limit)) continue;
    let next = Infinity;
    for (let r = 0; r < ctx.R; r++) {
      const m = ctx.minutes[r] as number;
      if (m > limit && m < next && eligibleFor(ctx, r, mealSlot)) next = m;
    }
    if (!Number.isFinite(next)) continue;
    if (
      best < 0 ||
      limit < (rules.timeLimit[best] as number) ||
      (limit === rules.timeLimit[best] &&
        (DAY_PREFERENCE[dayOf(ctx, p)] as number) < (DAY_PREFERENCE[dayOf(ctx, best)] as number))
    ) {
      best = p;
      bestNext = next;
    }
  }
  if (best < 0) return false;
  rules.timeLimit[best] = bestNext;
  return true;
}

function applyNextStep(
  ctx: PlanningContext,
  rules: RuleState,
  stage: Map<MealSlot, number>,
  mealSlot: MealSlot,
): boolean {
  const base = ctx.request.variety.maxUsesPerWeek;
  // Every meal of the week could in principle be one recipe (leftover lunches included).
  const cap = ctx.P;
  for (;;) {
    const s = stage.get(mealSlot) ?? 0;
    if (s >= LADDER.length) return false;
    const step = LADDER[s];
    if (step === "last-week") {
      stage.set(mealSlot, s + 1);
      const anyLastWeek = ctx.recipes.some((_, r) => ctx.lastWeek[r] === 1 && eligibleFor(ctx, r, mealSlot));
      if (anyLastWeek && !rules.lastWeekAllowed.has(mealSlot)) {
        rules.lastWeekAllowed.add(mealSlot);
        return true;
      }
    } else if (step === "variety") {
      stage.set(mealSlot, s + 1);
      if (rules.maxUses[mealSlot] <= base && base + 1 <= cap) {
        rules.maxUses[mealSlot] = base + 1;
        return true;
      }
    } else if (step === "consecutive") {
      stage.set(mealSlot, s + 1);
      if (!rules.consecutiveAllowed.has(mealSlot)) {
        rules.consecutiveAllowed.add(mealSlot);
        return true;
      }
    } else if (step === "time") {
      if (relaxOneTimeLimit(ctx, rules, mealSlot)) return true;
      stage.set(mealSlot, s + 1);
    } else {
      if (rules.maxUses[mealSlot] < cap) {
        rules.maxUses[mealSlot] += 1;
        return true;
      }
      stage.set(mealSlot, s + 1);
    }
  }
}

/** Undoes relaxations that later steps made unnecessary, cheapest-to-keep first. */
function tighten(
  ctx: PlanningContext,
  rules: RuleState,
  found: Attempt,
  rng: Rng,
): { rules: RuleState; found: Attempt } {
  const base = initialRules(ctx);
  const undos: ((draft: RuleState) => boolean)[] = [];
  for (const mealSlot of ctx.mealSlotsInUse) {
    undos.push((draft) => draft.lastWeekAllowed.delete(mealSlot));
    undos.push((draft) => {
      if (draft.maxUses[mealSlot] === base.maxUses[mealSlot]) return false;
      draft.maxUses[mealSlot] = base.maxUses[mealSlot];
      return true;
    });
    undos.push((draft) => draft.consecutiveAllowed.delete(mealSlot));
  }
  for (let p = 0; p < ctx.P; p++) {
    undos.push((draft) => {
      if (draft.timeLimit[p] === base.timeLimit[p]) return false;
      draft.timeLimit[p] = base.timeLimit[p] as number;
      return true;
    });
  }
  let current = rules;
  let currentFound = found;
  for (const undo of undos) {
    const draft = cloneRules(current);
    if (!undo(draft)) continue;
    const next = attempt(ctx, draft, rng);
    if (next.recipeAt) {
      current = draft;
      currentFound = next;
    }
  }
  return { rules: current, found: currentFound };
}

function refOf(ctx: PlanningContext, p: number): MealRef {
  return { day: DAY_NAMES[dayOf(ctx, p)] as DayName, slot: ctx.slots[ctx.posSlot[p] as number] as PlanSlot };
}

function countRecipes(
  ctx: PlanningContext,
  rules: RuleState,
  mealSlot: MealSlot,
  keep: (r: number) => boolean,
): number {
  let n = 0;
  for (let r = 0; r < ctx.R; r++) {
    if (!eligibleFor(ctx, r, mealSlot) || !keep(r)) continue;
    if (ctx.lastWeek[r] === 1 && !rules.lastWeekAllowed.has(mealSlot)) continue;
    n++;
  }
  return n;
}

/**
 * "3 vegan breakfasts within 10 minutes": the supply of the slot's tightest positions under the
 * user's own time limits — the number that explains why the week ran short.
 */
function scarcestSupply(
  ctx: PlanningContext,
  rules: RuleState,
  mealSlot: MealSlot,
): { text: string; verb: string } {
  let fewest = Infinity;
  let limit = Infinity;
  for (const p of positionsOf(ctx, mealSlot)) {
    const base = ctx.baseTimeLimit[p] as number;
    const n = countRecipes(ctx, rules, mealSlot, (r) => (ctx.minutes[r] as number) <= base);
    if (n < fewest || (n === fewest && base < limit)) {
      fewest = n;
      limit = base;
    }
  }
  const within = Number.isFinite(limit) ? ` within ${limit} minutes` : "";
  return {
    text: `${describeRecipes(fewest, mealSlot, ctx.filter)}${within}`,
    verb: fewest === 1 ? "fits" : "fit",
  };
}

function explain(ctx: PlanningContext, rules: RuleState): Relaxation[] {
  const out: Relaxation[] = [];
  const base = ctx.request.variety.maxUsesPerWeek;
  for (const mealSlot of ctx.mealSlotsInUse) {
    const supply = scarcestSupply(ctx, rules, mealSlot);
    if (rules.lastWeekAllowed.has(mealSlot)) {
      const fresh = ctx.recipes.filter(
        (_, r) => eligibleFor(ctx, r, mealSlot) && ctx.lastWeek[r] === 0,
      ).length;
      out.push({
        rule: "last-week-avoidance",
        mealSlot,
        message: `only ${describeRecipes(fresh, mealSlot, ctx.filter)} besides last week's: some of last week's ${mealSlot} recipes come back`,
      });
    }
    if (rules.maxUses[mealSlot] > base) {
      const k = rules.maxUses[mealSlot];
      out.push({
        rule: "variety-limit",
        mealSlot,
        maxUsesPerWeek: k,
        message: `only ${supply.text} ${supply.verb}: a ${mealSlot} recipe may appear up to ${k}× this week`,
      });
    }
    if (rules.consecutiveAllowed.has(mealSlot)) {
      out.push({
        rule: "consecutive-days",
        mealSlot,
        message: `only ${supply.text} ${supply.verb}: the same ${mealSlot} may come on consecutive days`,
      });
    }
    const groups = new Map<string, { from: number; to: number; positions: number[] }>();
    for (const p of positionsOf(ctx, mealSlot)) {
      const from = ctx.baseTimeLimit[p] as number;
      const to = rules.timeLimit[p] as number;
      if (from === to) continue;
      const key = `${from}:${to}`;
      const group = groups.get(key) ?? { from, to, positions: [] };
      group.positions.push(p);
      groups.set(key, group);
    }
    for (const { from, to, positions } of groups.values()) {
      const within = countRecipes(ctx, rules, mealSlot, (r) => (ctx.minutes[r] as number) <= from);
      const days = positions.map((p) => DAY_NAMES[dayOf(ctx, p)] as DayName);
      const toText = Number.isFinite(to) ? `${to} minutes` : "any time";
      out.push({
        rule: "time-limit",
        mealSlot,
        meals: positions.map((p) => refOf(ctx, p)),
        minutes: Number.isFinite(to) ? to : undefined,
        message: `only ${describeRecipes(within, mealSlot, ctx.filter)} within ${from} minutes: allowed ${toText} on ${describeDays(days)}`,
      });
    }
  }
  return out;
}

/**
 * Finds the strictest rules under which a week exists, loosening one step at a time for the
 * catalogue slot that is shortest of recipes. Terminates: every step loosens a finite ladder.
 */
export function relaxUntilFeasible(ctx: PlanningContext, rng: Rng): RelaxOutcome {
  let rules = initialRules(ctx);
  const stage = new Map<MealSlot, number>();
  let found = attempt(ctx, rules, rng);
  let relaxed = false;
  for (let step = 0; !found.recipeAt; step++) {
    if (step >= MAX_STEPS) break;
    const order = culpritOrder(ctx, found.compiled);
    if (!order.some((mealSlot) => applyNextStep(ctx, rules, stage, mealSlot))) break;
    relaxed = true;
    found = attempt(ctx, rules, rng);
  }
  if (!found.recipeAt) {
    throw new PlannerError(
      "INFEASIBLE",
      "no week satisfies the locked meals together with the diet and exclusions, even with every rule relaxed",
    );
  }
  if (relaxed) ({ rules, found } = tighten(ctx, rules, found, rng));
  const recipeAt = found.recipeAt as Int32Array;
  return {
    rules,
    compiled: found.compiled,
    recipeAt,
    relaxations: explain(ctx, rules),
  };
}
