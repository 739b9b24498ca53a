import { LEVELS, MACROS, dayOf, levelOfOption, recipeOfOption } from "../planning-context";
import type { Rng } from "../rng";
import { DAYS_PER_WEEK } from "../types";
import type { WorkMeter } from "./kd-tree";
import { POS_FREE, type WeekState } from "./week-state";

export interface AnnealOptions {
  /** moves tried */
  moves: number;
  /** temperature at the start and the end (cost units), falling geometrically */
  startTemp: number;
  endTemp: number;
  /** share of moves that change one meal's portion */
  levelShare: number;
  /** share of moves that exchange recipes between two days; the rest bring in another recipe */
  swapShare: number;
}

// Work charged per move, in the search's node-pair units: with it, far-off weeks take the same time
// per plan as before the anneal (tune split, min of 3 runs: mean 31.6 ms, p90 51.6 vs 51.2 ms).
export const ANNEAL_MOVE_WORK = 10;
// Portion sweeps over a changed day: a recipe is judged with its day re-portioned around it, not
// at the portions the old recipe left. Without them the anneal stalls far above the optimum (a
// vegan low-carb week, optimum 2.15: 100 000 moves reached 2.36–2.44 without, 2.26–2.32 with).
const RELEVEL_SWEEPS = 2;
const EPS = 1e-9;

/**
 * Simulated annealing over which recipe goes on which day. Thin catalogues are won on how their
 * few good recipes share the week. The perturbations of WeekSearch re-optimise whole days exactly,
 * about half a millisecond each on such weeks, so a plan's extension tries some 80 arrangements;
 * a move here costs about a microsecond. A move trades recipes between two days (in the same
 * slot, or in slots that share recipes: either snack, lunch and dinner), brings in another
 * recipe, or changes a portion; changed days are re-portioned before the move is judged. Only
 * free positions change, and every move keeps the rules (domains, weekly uses, spacing). Leaves
 * the best week seen; the exact day moves polish it afterwards.
 */
class WeekAnnealer {
  private readonly S: number;
  private readonly R: number;
  private readonly free: Int32Array;
  /** copies of each recipe per day */
  private readonly onDay: Int32Array;
  private readonly snap: Int32Array;
  private readonly tot = new Float64Array(MACROS);
  private readonly dayOpt: Int32Array;
  private readonly twinSlots: Int32Array[];

  constructor(
    private readonly st: WeekState,
    private readonly rng: Rng,
  ) {
    const { P, R, S } = st.ctx;
    this.S = S;
    this.R = R;
    const free: number[] = [];
    for (let p = 0; p < P; p++) if (st.kind[p] === POS_FREE && st.lists[p]) free.push(p);
    this.free = Int32Array.from(free);
    this.onDay = new Int32Array(R * DAYS_PER_WEEK);
    for (let p = 0; p < P; p++) {
      const r = st.recipeAt(p);
      if (r >= 0) this.bump(r, dayOf(st.ctx, p), 1);
    }
    this.snap = new Int32Array(2 * S);
    // Slots that share recipes (the two snacks; lunch and dinner, often): a swap may cross between them.
    this.twinSlots = [];
    for (let k = 0; k < S; k++) {
      const twins: number[] = [];
      for (let k2 = 0; k2 < S; k2++) if (k2 === k || this.shareRecipes(k, k2)) twins.push(k2);
      this.twinSlots.push(Int32Array.from(twins));
    }
    this.dayOpt = new Int32Array(S);
  }

  /** Whether slots k and k2 may hold the same recipe on some day. */
  private shareRecipes(k: number, k2: number): boolean {
    for (let d = 0; d < DAYS_PER_WEEK; d++) {
      const a = d * this.S + k;
      const b = d * this.S + k2;
      if (this.st.kind[a] !== POS_FREE || this.st.kind[b] !== POS_FREE) continue;
      for (let r = 0; r < this.R; r++) if (this.st.inDomain(a, r) && this.st.inDomain(b, r)) return true;
    }
    return false;
  }

  private bump(r: number, d: number, by: number): void {
    const i = r * DAYS_PER_WEEK + d;
    this.onDay[i] = (this.onDay[i] as number) + by;
  }

  /** Whether r may go on day d once one copy leaves day `leaving` (-1: none leaves). */
  private spaced(r: number, d: number, leaving: number): boolean {
    if (this.st.rules.spacingRelaxed[r]) return true;
    let n = leaving >= 0 && Math.abs(leaving - d) <= 1 ? -1 : 0;
    const from = Math.max(0, d - 1);
    const to = Math.min(DAYS_PER_WEEK - 1, d + 1);
    for (let x = from; x <= to; x++) n += this.onDay[r * DAYS_PER_WEEK + x] as number;
    return n === 0;
  }

  private place(p: number, o: number): void {
    const st = this.st;
    const d = dayOf(st.ctx, p);
    const old = st.recipeAt(p);
    if (old >= 0) this.bump(old, d, -1);
    st.setOption(p, o);
    if (o >= 0) this.bump(recipeOfOption(o), d, 1);
  }

  /** Cost of the day totals in `tot` with option o added. */
  private costWith(o: number): number {
    const st = this.st;
    const macro = st.ctx.optMacro;
    let c = 0;
    for (let m = 0; m < MACROS; m++)
      c += st.deviationCost((this.tot[m] as number) + (macro[o * MACROS + m] as number) - 1);
    return c;
  }

  /**
   * Best portion of recipe r for the day totals in `tot`, walking the portions from index `from`.
   * A day's cost is convex in one meal's portion (portions scale every macro alike, and each
   * deviation cost is convex), so the walk stops at the first portion that does not improve.
   */
  private bestLevel(levels: Int32Array, r: number, from: number): number {
    let i = from;
    let c = this.costWith(r * LEVELS + (levels[i] as number));
    const up = i + 1 < levels.length ? this.costWith(r * LEVELS + (levels[i + 1] as number)) : Infinity;
    if (up < c) {
      i++;
      c = up;
      while (i + 1 < levels.length) {
        const next = this.costWith(r * LEVELS + (levels[i + 1] as number));
        if (next >= c) break;
        i++;
        c = next;
      }
    } else {
      while (i > 0) {
        const next = this.costWith(r * LEVELS + (levels[i - 1] as number));
        if (next >= c) break;
        i--;
        c = next;
      }
    }
    return r * LEVELS + (levels[i] as number);
  }

  /** Recipe r at p at the portion that suits the rest of p's day best (p must be empty). */
  private bestOption(p: number, r: number): number {
    const st = this.st;
    const d = dayOf(st.ctx, p);
    for (let m = 0; m < MACROS; m++) this.tot[m] = st.dayTot[d * MACROS + m] as number;
    const levels = st.levelsFor(p, r);
    return this.bestLevel(levels, r, levels.length >> 1);
  }

  /** Every free meal of day x at its best portion for the rest of the day (coordinate sweeps). */
  private relevel(x: number): void {
    const st = this.st;
    const S = this.S;
    const macro = st.ctx.optMacro;
    const tot = this.tot;
    const dayOpt = this.dayOpt;
    for (let m = 0; m < MACROS; m++) tot[m] = st.dayTot[x * MACROS + m] as number;
    for (let k = 0; k < S; k++) dayOpt[k] = st.opt[x * S + k] as number;
    for (let sweep = 0; sweep < RELEVEL_SWEEPS; sweep++) {
      let changed = false;
      for (let k = 0; k < S; k++) {
        const n = x * S + k;
        if (st.kind[n] !== POS_FREE) continue;
        const o = dayOpt[k] as number;
        const r = recipeOfOption(o);
        for (let m = 0; m < MACROS; m++) tot[m] = (tot[m] as number) - (macro[o * MACROS + m] as number);
        const levels = st.levelsFor(n, r);
        const l = levelOfOption(o);
        let from = 0;
        while (from + 1 < levels.length && (levels[from] as number) < l) from++;
        const best = this.bestLevel(levels, r, from);
        if (best !== o) changed = true;
        dayOpt[k] = best;
        for (let m = 0; m < MACROS; m++) tot[m] = (tot[m] as number) + (macro[best * MACROS + m] as number);
      }
      if (!changed) break;
    }
    for (let k = 0; k < S; k++) {
      const n = x * S + k;
      if (st.opt[n] === dayOpt[k]) continue;
      st.setOption(n, -1);
      st.setOption(n, dayOpt[k] as number);
    }
  }

  private save(x: number, at: number): void {
    for (let k = 0; k < this.S; k++) this.snap[at * this.S + k] = this.st.opt[x * this.S + k] as number;
  }

  /** Puts saved days back (x from slot 0, y from slot 1 unless negative), clearing first. */
  private restoreDays(x: number, y: number): void {
    const S = this.S;
    const st = this.st;
    for (let k = 0; k < S; k++) if (st.opt[x * S + k] !== this.snap[k]) this.place(x * S + k, -1);
    if (y >= 0)
      for (let k = 0; k < S; k++) if (st.opt[y * S + k] !== this.snap[S + k]) this.place(y * S + k, -1);
    for (let k = 0; k < S; k++)
      if ((st.opt[x * S + k] as number) < 0) this.place(x * S + k, this.snap[k] as number);
    if (y >= 0)
      for (let k = 0; k < S; k++)
        if ((st.opt[y * S + k] as number) < 0) this.place(y * S + k, this.snap[S + k] as number);
  }

  private accepts(delta: number, temp: number): boolean {
    return delta <= 0 || this.rng.next() < Math.exp(-delta / temp);
  }

  /** A different portion of the meal at p; the change in week cost, or NaN when nothing moved. */
  private levelMove(p: number, temp: number): number {
    const st = this.st;
    const d = dayOf(st.ctx, p);
    const op = st.opt[p] as number;
    const r = recipeOfOption(op);
    const levels = st.levelsFor(p, r);
    const o = r * LEVELS + (levels[this.rng.int(levels.length)] as number);
    if (o === op) return NaN;
    const before = st.dayCost[d] as number;
    st.setOption(p, o);
    const delta = (st.dayCost[d] as number) - before;
    if (this.accepts(delta, temp)) return delta;
    st.setOption(p, op);
    return NaN;
  }

  /** The recipe at p and one of a slot sharing recipes with p's, on another day, trade places. */
  private swapMove(p: number, temp: number): number {
    const st = this.st;
    const S = this.S;
    const d = dayOf(st.ctx, p);
    const e = (d + 1 + this.rng.int(DAYS_PER_WEEK - 1)) % DAYS_PER_WEEK;
    const twins = this.twinSlots[p % S] as Int32Array;
    const q =
      e * S + (twins.length === 1 ? (twins[0] as number) : (twins[this.rng.int(twins.length)] as number));
    if (st.kind[q] !== POS_FREE) return NaN;
    const ra = st.recipeAt(p);
    const rb = st.recipeAt(q);
    if (ra === rb || !st.inDomain(p, rb) || !st.inDomain(q, ra)) return NaN;
    if (!this.spaced(rb, d, e) || !this.spaced(ra, e, d)) return NaN;
    const before = (st.dayCost[d] as number) + (st.dayCost[e] as number);
    this.save(d, 0);
    this.save(e, 1);
    this.place(p, -1);
    this.place(q, -1);
    this.place(p, this.bestOption(p, rb));
    this.place(q, this.bestOption(q, ra));
    this.relevel(d);
    this.relevel(e);
    const delta = (st.dayCost[d] as number) + (st.dayCost[e] as number) - before;
    if (this.accepts(delta, temp)) return delta;
    this.restoreDays(d, e);
    return NaN;
  }

  /** Another recipe the rules allow (drawn from p's options) takes p's place. */
  private replaceMove(p: number, temp: number): number {
    const st = this.st;
    const options = st.lists[p]?.options;
    if (!options) return NaN;
    const d = dayOf(st.ctx, p);
    const r = recipeOfOption(options[this.rng.int(options.length)] as number);
    if (r === st.recipeAt(p) || (st.uses[r] as number) + 1 > (st.rules.maxUses[r] as number)) return NaN;
    if (!this.spaced(r, d, -1)) return NaN;
    const before = st.dayCost[d] as number;
    this.save(d, 0);
    this.place(p, -1);
    this.place(p, this.bestOption(p, r));
    this.relevel(d);
    const delta = (st.dayCost[d] as number) - before;
    if (this.accepts(delta, temp)) return delta;
    this.restoreDays(d, -1);
    return NaN;
  }

  run(options: AnnealOptions): void {
    const st = this.st;
    if (this.free.length < 2 || options.moves <= 0) return;
    const best = Int32Array.from(st.opt);
    let cost = st.weekCost();
    let bestCost = cost;
    let temp = options.startTemp;
    const cooling = Math.pow(options.endTemp / options.startTemp, 1 / options.moves);
    for (let it = 0; it < options.moves; it++, temp *= cooling) {
      const p = this.free[this.rng.int(this.free.length)] as number;
      const u = this.rng.next();
      const delta =
        u < options.levelShare
          ? this.levelMove(p, temp)
          : u < options.levelShare + options.swapShare
            ? this.swapMove(p, temp)
            : this.replaceMove(p, temp);
      if (Number.isNaN(delta)) continue;
      cost += delta;
      if (cost < bestCost - EPS) {
        bestCost = cost;
        best.set(st.opt);
      }
    }
    st.restore(best);
  }
}

export function annealWeek(st: WeekState, rng: Rng, options: AnnealOptions, meter?: WorkMeter): void {
  new WeekAnnealer(st, rng).run(options);
  if (meter) meter.units += options.moves * ANNEAL_MOVE_WORK;
}
