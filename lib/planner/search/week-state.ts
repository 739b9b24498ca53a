import { LEVELS, MACROS, dayOf, recipeOfOption, type PlanningContext } from "../planning-context";
import type { CompiledRules } from "../rules/rule-state";
import { DAYS_PER_WEEK } from "../types";
import { KdTree, type MissCost } from "./kd-tree";

export const POS_FREE = 0;
export const POS_COOK = 1;
export const POS_EAT = 2;
export const POS_LOCKED = 3;

// Cost of serving a recipe from last week once that avoidance had to be relaxed: about a 5-point
// miss on one macro for one day, so repeats happen only when they clearly pay for themselves.
export const LAST_WEEK_PENALTY = 0.05;

export interface OptionList {
  options: Int32Array;
  tree: KdTree;
  /** the recipes the list was built from, to verify a cache hit */
  domain: Int32Array;
}

function sameDomain(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Cache key of an option list: the slot (its kcal band) and the recipes allowed there. */
function listKey(slot: number, domain: Int32Array): string {
  let h1 = 0x811c9dc5;
  let h2 = 0;
  for (const r of domain) {
    h1 = Math.imul(h1 ^ r, 0x01000193);
    h2 = (h2 * 31 + r) | 0;
  }
  return `${slot}|${domain.length}|${h1 >>> 0}|${h2 >>> 0}|${domain[0] ?? -1}|${domain[domain.length - 1] ?? -1}`;
}

/**
 * A week under construction: one option per position with running usage counts and day totals.
 * Everything is in normalised units (1 = the daily target), so a day's cost is the L1 distance of
 * its totals from (1, 1, 1, 1) — the sum of its four absolute fractional deviations.
 */
export class WeekState {
  readonly kind: Uint8Array;
  readonly lists: (OptionList | null)[];
  readonly penalty: Float64Array;
  readonly opt: Int32Array;
  readonly uses: Int32Array;
  readonly dayTot: Float64Array;
  readonly dayPen: Float64Array;
  readonly dayCost: Float64Array;
  /** surcharge for day-macros beyond ±5 %, on for weeks that can be brought within (see optimiseWeek) */
  readonly miss: MissCost = { weight: 0, limit: 0 };
  private domainMarks: Uint8Array | null = null;

  constructor(
    readonly ctx: PlanningContext,
    readonly rules: CompiledRules,
    lastWeekPenalised: Uint8Array,
    listCache: Map<string, OptionList> = new Map(),
  ) {
    const { P, R } = ctx;
    this.kind = new Uint8Array(P);
    this.penalty = new Float64Array(R * LEVELS);
    for (let r = 0; r < R; r++) {
      if (!lastWeekPenalised[r]) continue;
      for (let l = 0; l < LEVELS; l++) this.penalty[r * LEVELS + l] = LAST_WEEK_PENALTY;
    }
    this.lists = [];
    for (let p = 0; p < P; p++) {
      if ((ctx.lockedOpt[p] as number) >= 0) this.kind[p] = POS_LOCKED;
      else if ((ctx.cookOf[p] as number) >= 0) this.kind[p] = POS_EAT;
      else if ((ctx.eatOf[p] as number) >= 0) this.kind[p] = POS_COOK;
      else this.kind[p] = POS_FREE;
      const domain = rules.domains[p] as Int32Array;
      if (this.kind[p] === POS_LOCKED || this.kind[p] === POS_EAT || domain.length === 0) {
        this.lists.push(null);
        continue;
      }
      const k = ctx.posSlot[p] as number;
      const key = listKey(k, domain);
      let list = listCache.get(key);
      if (!list || !sameDomain(list.domain, domain)) {
        const options: number[] = [];
        const band = ctx.bandLevels[k] as Int32Array[];
        for (const r of domain) for (const l of band[r] as Int32Array) options.push(r * LEVELS + l);
        const arr = Int32Array.from(options);
        list = { options: arr, tree: new KdTree(arr, ctx.optMacro, this.penalty), domain };
        listCache.set(key, list);
      }
      this.lists.push(list);
    }
    this.opt = new Int32Array(P).fill(-1);
    this.uses = new Int32Array(R);
    this.dayTot = new Float64Array(DAYS_PER_WEEK * MACROS);
    this.dayPen = new Float64Array(DAYS_PER_WEEK);
    this.dayCost = new Float64Array(DAYS_PER_WEEK).fill(MACROS);
  }

  recipeAt(p: number): number {
    const o = this.opt[p] as number;
    return o < 0 ? -1 : recipeOfOption(o);
  }

  /** Serving levels a position may take for a given recipe (the slot's kcal band). */
  levelsFor(p: number, r: number): Int32Array {
    return (this.ctx.bandLevels[this.ctx.posSlot[p] as number] as Int32Array[])[r] as Int32Array;
  }

  setOption(p: number, o: number): void {
    const old = this.opt[p] as number;
    if (old === o) return;
    const d = dayOf(this.ctx, p);
    const macro = this.ctx.optMacro;
    const tot = this.dayTot;
    if (old >= 0) {
      for (let m = 0; m < MACROS; m++)
        tot[d * MACROS + m] = (tot[d * MACROS + m] as number) - (macro[old * MACROS + m] as number);
      this.dayPen[d] = (this.dayPen[d] as number) - (this.penalty[old] as number);
      const r = recipeOfOption(old);
      this.uses[r] = (this.uses[r] as number) - 1;
    }
    if (o >= 0) {
      for (let m = 0; m < MACROS; m++)
        tot[d * MACROS + m] = (tot[d * MACROS + m] as number) + (macro[o * MACROS + m] as number);
      this.dayPen[d] = (this.dayPen[d] as number) + (this.penalty[o] as number);
      const r = recipeOfOption(o);
      this.uses[r] = (this.uses[r] as number) + 1;
    }
    this.opt[p] = o;
    this.dayCost[d] = this.computeDayCost(d);
  }

  /** A day-macro's share of the day cost: its absolute deviation, plus any miss surcharge. */
  deviationCost(dev: number): number {
    const a = Math.abs(dev);
    return this.miss.weight > 0 ? a + this.miss.weight * Math.max(0, a - this.miss.limit) : a;
  }

  computeDayCost(d: number): number {
    let c = this.dayPen[d] as number;
    for (let m = 0; m < MACROS; m++) c += this.deviationCost((this.dayTot[d * MACROS + m] as number) - 1);
    return c;
  }

  /** Whether recipe r may go at p at all (diet, slot, time limit): whether p's option list holds it. */
  inDomain(p: number, r: number): boolean {
    const R = this.ctx.R;
    if (!this.domainMarks) {
      // Built on first use: only weeks that reach the cross-day moves pay for it.
      this.domainMarks = new Uint8Array(this.ctx.P * R);
      for (let q = 0; q < this.ctx.P; q++) {
        for (const o of this.lists[q]?.options ?? []) this.domainMarks[q * R + recipeOfOption(o)] = 1;
      }
    }
    return this.domainMarks[p * R + r] === 1;
  }

  /** Puts the week back to `opt`, clearing first so no intermediate state breaks a rule. */
  restore(opt: Int32Array): void {
    for (let q = 0; q < this.ctx.P; q++) if (this.opt[q] !== opt[q]) this.setOption(q, -1);
    for (let q = 0; q < this.ctx.P; q++) if (this.opt[q] !== opt[q]) this.setOption(q, opt[q] as number);
  }

  /** Switches the miss surcharge (weight 0: plain deviation) and re-costs every day. */
  setMissCost(weight: number, limit: number): void {
    this.miss.weight = weight;
    this.miss.limit = limit;
    for (let d = 0; d < DAYS_PER_WEEK; d++) this.dayCost[d] = this.computeDayCost(d);
  }

  /** Whether some day-macro deviates by more than `limit` (a fraction: 0.05 is ±5 %). */
  missesADay(limit: number): boolean {
    for (let i = 0; i < DAYS_PER_WEEK * MACROS; i++)
      if (Math.abs((this.dayTot[i] as number) - 1) > limit) return true;
    return false;
  }

  weekCost(): number {
    let c = 0;
    for (let d = 0; d < DAYS_PER_WEEK; d++) c += this.dayCost[d] as number;
    return c;
  }

  /** Mean absolute % deviation over the 28 day-macro values (penalties excluded). */
  meanDeviationPct(): number {
    let c = 0;
    for (let i = 0; i < DAYS_PER_WEEK * MACROS; i++) c += Math.abs((this.dayTot[i] as number) - 1);
    return (100 * c) / (DAYS_PER_WEEK * MACROS);
  }
}
