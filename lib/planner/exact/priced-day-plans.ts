import { LEVELS } from "../planning-context";
import { POS_COOK, POS_EAT, type WeekState } from "../search/week-state";
import { DAYS_PER_WEEK } from "../types";
import { daySlotOptions } from "./day-slot-options";
import { enumerateDayPlans, type DayPlanSet } from "./enumerate-day-plans";
import { PackingRows } from "./packing-model";
import { reduceDayPlans } from "./reduce-day-plans";

const DIMS = 4;

/** Prices of the week model's cross-day rows (weekly uses, spacing), by row key; missing = 0. */
export type RowPrices = ReadonlyMap<string, number>;

/** A day's per-slot penalties under some row prices, with a key that identifies equal days. */
export interface DayPricing {
  penalties: Float64Array[];
  key: string;
}

/**
 * Day plans of the week model, enumerated per day under row prices: a plan's rank is its cost plus
 * the prices of the rows its meals enter (its Lagrangian cost), its `cost` the plain objective.
 * Plans are dominance-reduced (one per set of recipes) and sorted by rank.
 */
export class PricedDayPlans {
  readonly slotOptions: Int32Array[][];
  private readonly linked: boolean[][];
  private readonly typeKey: string[];
  private readonly rows: PackingRows;

  constructor(
    private readonly st: WeekState,
    private readonly maxPlans: number,
  ) {
    const S = st.ctx.S;
    this.slotOptions = daySlotOptions(st);
    this.rows = new PackingRows(st, false);
    this.linked = [];
    this.typeKey = [];
    for (let d = 0; d < DAYS_PER_WEEK; d++) {
      const linked = [...Array(S).keys()].map(
        (k) => st.kind[d * S + k] === POS_COOK || st.kind[d * S + k] === POS_EAT,
      );
      this.linked.push(linked);
      const lists = (this.slotOptions[d] as Int32Array[]).map((o) => `${o.length}:${o.join(",")}`);
      this.typeKey.push(`${linked.join(",")}#${lists.join("|")}`);
    }
  }

  pricing(d: number, prices: RowPrices): DayPricing {
    const penalties = (this.slotOptions[d] as Int32Array[]).map((list, k) =>
      Float64Array.from(list, (o) => {
        let p = this.st.penalty[o] as number;
        for (const term of this.rows.termsOf(d, k, o)) p += (prices.get(term.key) ?? 0) * term.coef;
        return p;
      }),
    );
    return { penalties, key: `${this.typeKey[d]}@${penalties.map((p) => p.join(",")).join("|")}` };
  }

  /** The days grouped by equal pricing (same options, links and penalties): one enumeration serves a group. */
  groups(prices: RowPrices): { pricing: DayPricing; days: number[] }[] {
    const byKey = new Map<string, { pricing: DayPricing; days: number[] }>();
    for (let d = 0; d < DAYS_PER_WEEK; d++) {
      const pricing = this.pricing(d, prices);
      const group = byKey.get(pricing.key);
      if (group) group.days.push(d);
      else byKey.set(pricing.key, { pricing, days: [d] });
    }
    return [...byKey.values()];
  }

  /**
   * Every plan of day d with rank ≤ bound, or null past the plan budget — or, with `cheapest`, the
   * plans of least rank instead of null (every plan below some bound ≤ `bound`; see
   * `EnumerateInput.keepCheapest`).
   */
  enumerate(
    d: number,
    pricing: DayPricing,
    bound: number,
    maxPlans = this.maxPlans,
    cheapest = false,
  ): DayPlanSet | null {
    const found = enumerateDayPlans({
      slotOptions: this.slotOptions[d] as Int32Array[],
      optMacro: this.st.ctx.optMacro,
      slotPenalty: pricing.penalties,
      spacingRelaxed: this.st.rules.spacingRelaxed,
      levels: LEVELS,
      bound,
      maxPlans,
      keepCheapest: cheapest,
    });
    if (!found) return null;
    const reduced = reduceDayPlans(found, LEVELS, this.linked[d] as boolean[]);
    const cost = new Float64Array(reduced.count);
    for (let i = 0; i < reduced.count; i++) cost[i] = this.costOf(reduced.options, i * reduced.slots);
    return { ...reduced, cost };
  }

  /** The week objective's share of one day plan: L1 deviation of its totals plus penalties. */
  costOf(options: ArrayLike<number>, from: number): number {
    const { optMacro } = this.st.ctx;
    const S = this.st.ctx.S;
    let cost = 0;
    for (let m = 0; m < DIMS; m++) {
      let total = 0;
      for (let k = 0; k < S; k++) total += optMacro[(options[from + k] as number) * DIMS + m] as number;
      cost += Math.abs(total - 1);
    }
    for (let k = 0; k < S; k++) cost += this.st.penalty[options[from + k] as number] as number;
    return cost;
  }

  /** The rank of a plan under a pricing (for plans that did not come from `enumerate`). */
  rankOf(d: number, pricing: DayPricing, options: ArrayLike<number>, from: number): number {
    let rank = this.costOf(options, from);
    const lists = this.slotOptions[d] as Int32Array[];
    for (let k = 0; k < lists.length; k++) {
      const list = lists[k] as Int32Array;
      const x = list.indexOf(options[from + k] as number);
      if (x < 0) throw new Error(`option ${options[from + k]} is not open on day ${d}, slot ${k}`);
      rank +=
        ((pricing.penalties[k] as Float64Array)[x] as number) -
        (this.st.penalty[list[x] as number] as number);
    }
    return rank;
  }
}
