import { LEVELS, MACROS, dayOf, recipeOfOption } from "../planning-context";
import type { Rng } from "../rng";
import { DAYS_PER_WEEK } from "../types";
import { WorkMeter, nearestPair, type OptionFilter, type PairFilter } from "./kd-tree";
import { POS_COOK, POS_EAT, POS_FREE, POS_LOCKED, type WeekState } from "./week-state";

// Improvements smaller than this are float noise, and accepting them could cycle.
const EPS = 1e-9;
// Prune node pairs whose bound is within 30 % of the best pair: a near-exact pair search at about
// two thirds of the cost; the perturbation phase recovers the rare miss.
const PAIR_SLACK = 1.3;
// Work charged for one single-tree query or one option scan of a leftover dinner, in node pairs.
const QUERY_WORK = 20;

/** Whether a recipe may go where a move wants to put it: spacing, weekly uses, same-day repeats. */
class PlacementFilter implements OptionFilter, PairFilter {
  readonly blocked: Int32Array;
  stamp = 0;
  freed1 = -1;
  freedCount1 = 0;
  freed2 = -1;
  freedCount2 = 0;
  /** recipe placed by the other half of a pair move */
  taken = -1;
  need = 1;

  constructor(
    private readonly uses: Int32Array,
    private readonly maxUses: Int32Array,
    private readonly spacingRelaxed: Uint8Array,
  ) {
    this.blocked = new Int32Array(uses.length);
  }

  allowsRecipe(r: number): boolean {
    if (this.blocked[r] === this.stamp) return false;
    let u = this.uses[r] as number;
    if (r === this.freed1) u -= this.freedCount1;
    if (r === this.freed2) u -= this.freedCount2;
    if (r === this.taken) {
      if (!this.spacingRelaxed[r]) return false;
      u += 1;
    }
    return u + this.need <= (this.maxUses[r] as number);
  }

  allows(option: number): boolean {
    return this.allowsRecipe(recipeOfOption(option));
  }

  allowsFirst(option: number): boolean {
    this.taken = -1;
    return this.allowsRecipe(recipeOfOption(option));
  }

  allowsSecond(first: number, second: number): boolean {
    this.taken = recipeOfOption(first);
    const ok = this.allowsRecipe(recipeOfOption(second));
    this.taken = -1;
    return ok;
  }
}

export interface ImproveOptions {
  /** stop perturbing once total work (node pairs visited) reaches this */
  workBudget: number;
  /** stop once the week's mean deviation (%) is at or below this */
  stopAtPct: number;
}

/**
 * Local search over a week: exact best-pair moves within a day (the second slot found by a nearest
 * neighbour query), recipe changes for leftover-cooking dinners, then iterated perturbation of the
 * worst days. Every move keeps all rules satisfied, so the week is valid at every step.
 */
export class WeekSearch {
  private readonly filter: PlacementFilter;
  private readonly q = new Float64Array(MACROS);
  private readonly base = new Float64Array(MACROS);
  private readonly S: number;
  readonly meter = new WorkMeter();

  constructor(
    private readonly st: WeekState,
    private readonly rng: Rng,
  ) {
    this.filter = new PlacementFilter(st.uses, st.rules.maxUses, st.rules.spacingRelaxed);
    this.S = st.ctx.S;
  }

  /** Marks recipes that neighbours on days [fromDay, toDay] forbid, except at the changing positions. */
  private stampNeighbours(fromDay: number, toDay: number, skip1: number, skip2: number): void {
    const f = this.filter;
    f.stamp++;
    const lo = Math.max(0, fromDay) * this.S;
    const hi = Math.min(DAYS_PER_WEEK, toDay + 1) * this.S;
    const relaxed = this.st.rules.spacingRelaxed;
    for (let n = lo; n < hi; n++) {
      if (n === skip1 || n === skip2) continue;
      const r = this.st.recipeAt(n);
      if (r >= 0 && !relaxed[r]) f.blocked[r] = f.stamp;
    }
  }

  private servingOptions(p: number): Int32Array {
    const r = this.st.recipeAt(p);
    const levels = this.st.levelsFor(p, r);
    const out = new Int32Array(levels.length);
    for (let i = 0; i < levels.length; i++) out[i] = r * LEVELS + (levels[i] as number);
    return out;
  }

  /** Re-optimises positions i and j of one day jointly; returns whether the day improved. */
  improvePair(i0: number, j0: number): boolean {
    const st = this.st;
    let i = i0;
    let j = j0;
    // Orient the move: enumerate the cheaper side, query the tree of the other.
    const freeI0 = st.kind[i] === POS_FREE;
    const freeJ0 = st.kind[j] === POS_FREE;
    if (freeI0 && (!freeJ0 || (st.lists[i]?.tree.size ?? 0) > (st.lists[j]?.tree.size ?? 0))) {
      i = j0;
      j = i0;
    }
    const freeI = st.kind[i] === POS_FREE;
    const freeJ = st.kind[j] === POS_FREE;
    const listJ = st.lists[j];
    const d = dayOf(st.ctx, i);
    const macro = st.ctx.optMacro;
    const pen = st.penalty;
    const oi = st.opt[i] as number;
    const oj = st.opt[j] as number;
    const f = this.filter;
    this.stampNeighbours(d - 1, d + 1, freeI ? i : -1, freeJ ? j : -1);
    f.freed1 = freeI ? recipeOfOption(oi) : -1;
    f.freedCount1 = 1;
    f.freed2 = freeJ ? recipeOfOption(oj) : -1;
    f.freedCount2 = 1;
    f.need = 1;
    for (let m = 0; m < MACROS; m++) {
      this.base[m] =
        (st.dayTot[d * MACROS + m] as number) - (macro[oi * MACROS + m] as number) - (macro[oj * MACROS + m] as number);
    }
    const basePen = (st.dayPen[d] as number) - (pen[oi] as number) - (pen[oj] as number);
    let best = (st.dayCost[d] as number) - EPS;
    let bestA = -1;
    let bestB = -1;
    const listI = st.lists[i];
    if (freeI && freeJ && listI && listJ) {
      for (let m = 0; m < MACROS; m++) this.q[m] = 1 - (this.base[m] as number);
      const found = nearestPair(listI.tree, listJ.tree, this.q, best - basePen, f, PAIR_SLACK, this.meter);
      if (!found) return false;
      this.apply(i, found.first, j, found.second);
      return true;
    }
    const candidates = freeI ? (st.lists[i]?.options ?? new Int32Array(0)) : this.servingOptions(i);
    const fixedB = freeJ ? null : this.servingOptions(j);
    const q = this.q;
    for (let c = 0; c < candidates.length; c++) {
      const a = candidates[c] as number;
      const ra = recipeOfOption(a);
      if (freeI) {
        f.taken = -1;
        if (!f.allowsRecipe(ra)) continue;
      }
      const pa = basePen + (pen[a] as number);
      if (pa >= best) continue;
      for (let m = 0; m < MACROS; m++) q[m] = 1 - (this.base[m] as number) - (macro[a * MACROS + m] as number);
      if (freeJ && listJ) {
        this.meter.units += QUERY_WORK;
        f.taken = freeI ? ra : -1;
        const b = listJ.tree.nearest(q, best - pa, f);
        if (b >= 0) {
          best = listJ.tree.lastDistance + pa;
          bestA = a;
          bestB = b;
        }
      } else if (fixedB) {
        for (let t = 0; t < fixedB.length; t++) {
          const b = fixedB[t] as number;
          let dist = pa + (pen[b] as number);
          for (let m = 0; m < MACROS; m++) dist += Math.abs((macro[b * MACROS + m] as number) - (q[m] as number));
          if (dist < best) {
            best = dist;
            bestA = a;
            bestB = b;
          }
        }
      }
    }
    f.taken = -1;
    if (bestA < 0) return false;
    this.apply(i, bestA, j, bestB);
    return true;
  }

  private apply(i: number, a: number, j: number, b: number): void {
    const st = this.st;
    st.setOption(i, -1);
    st.setOption(j, -1);
    st.setOption(i, a);
    st.setOption(j, b);
  }

  /** Best option for a lone movable position of a day. */
  improveSingle(p: number): boolean {
    const st = this.st;
    const list = st.lists[p];
    if (st.kind[p] !== POS_FREE || !list) return false;
    const d = dayOf(st.ctx, p);
    const o = st.opt[p] as number;
    const macro = st.ctx.optMacro;
    const f = this.filter;
    this.stampNeighbours(d - 1, d + 1, p, -1);
    f.freed1 = recipeOfOption(o);
    f.freedCount1 = 1;
    f.freed2 = -1;
    f.taken = -1;
    f.need = 1;
    for (let m = 0; m < MACROS; m++) {
      this.q[m] = 1 - ((st.dayTot[d * MACROS + m] as number) - (macro[o * MACROS + m] as number));
    }
    const basePen = (st.dayPen[d] as number) - (st.penalty[o] as number);
    this.meter.units += QUERY_WORK;
    const b = list.tree.nearest(this.q, (st.dayCost[d] as number) - EPS - basePen, f);
    if (b < 0) return false;
    st.setOption(p, -1);
    st.setOption(p, b);
    return true;
  }

  /** Changes the recipe of a dinner that feeds tomorrow's lunch, re-portioning both meals. */
  improveCook(p: number): boolean {
    const st = this.st;
    const list = st.lists[p];
    const e = st.ctx.eatOf[p] as number;
    if (st.kind[p] !== POS_COOK || !list || e < 0) return false;
    const d = dayOf(st.ctx, p);
    const op = st.opt[p] as number;
    const oe = st.opt[e] as number;
    const macro = st.ctx.optMacro;
    const pen = st.penalty;
    const f = this.filter;
    this.stampNeighbours(d - 1, d + 2, p, e);
    f.freed1 = recipeOfOption(op);
    f.freedCount1 = 2;
    f.freed2 = -1;
    f.taken = -1;
    f.need = 2;
    const baseD = this.base;
    const baseE = this.q;
    for (let m = 0; m < MACROS; m++) {
      baseD[m] = (st.dayTot[d * MACROS + m] as number) - (macro[op * MACROS + m] as number);
      baseE[m] = (st.dayTot[(d + 1) * MACROS + m] as number) - (macro[oe * MACROS + m] as number);
    }
    const penD = (st.dayPen[d] as number) - (pen[op] as number);
    const penE = (st.dayPen[d + 1] as number) - (pen[oe] as number);
    let best = (st.dayCost[d] as number) + (st.dayCost[d + 1] as number) - EPS;
    let bestA = -1;
    let bestB = -1;
    const options = list.options;
    this.meter.units += QUERY_WORK + (options.length >> 3);
    for (let c = 0; c < options.length; c++) {
      const a = options[c] as number;
      let costD = penD + (pen[a] as number);
      for (let m = 0; m < MACROS; m++) costD += Math.abs((baseD[m] as number) + (macro[a * MACROS + m] as number) - 1);
      if (costD >= best) continue;
      const ra = recipeOfOption(a);
      if (!f.allowsRecipe(ra)) continue;
      const levels = st.levelsFor(e, ra);
      for (let t = 0; t < levels.length; t++) {
        const b = ra * LEVELS + (levels[t] as number);
        let cost = costD + penE + (pen[b] as number);
        for (let m = 0; m < MACROS; m++) cost += Math.abs((baseE[m] as number) + (macro[b * MACROS + m] as number) - 1);
        if (cost < best) {
          best = cost;
          bestA = a;
          bestB = b;
        }
      }
    }
    f.need = 1;
    if (bestA < 0) return false;
    st.setOption(p, -1);
    st.setOption(e, -1);
    st.setOption(p, bestA);
    st.setOption(e, bestB);
    return true;
  }

  /** Pair and cook moves on one day until none improves it; whether anything changed. */
  improveDay(d: number, maxRounds = 6): boolean {
    const st = this.st;
    const S = this.S;
    const movable: number[] = [];
    for (let k = 0; k < S; k++) if (st.kind[d * S + k] !== POS_LOCKED) movable.push(d * S + k);
    let changed = false;
    for (let round = 0; round < maxRounds; round++) {
      let improved = false;
      if (movable.length === 1) improved = this.improveSingle(movable[0] as number) || improved;
      for (let x = 0; x < movable.length; x++) {
        for (let y = x + 1; y < movable.length; y++) {
          const i = movable[x] as number;
          const j = movable[y] as number;
          if (st.kind[i] !== POS_FREE && st.kind[j] !== POS_FREE && st.kind[i] !== POS_EAT && st.kind[j] !== POS_EAT) {
            continue;
          }
          if (this.improvePair(i, j)) improved = true;
        }
      }
      for (const p of movable) if (st.kind[p] === POS_COOK && this.improveCook(p)) improved = true;
      if (!improved) break;
      changed = true;
    }
    return changed;
  }

  /**
   * Improves days until none changes. A day is revisited only when it or a neighbour changed:
   * neighbours decide which recipes it may use, the rest of the week barely matters.
   */
  descend(maxVisits = 4 * DAYS_PER_WEEK): void {
    const dirty = new Uint8Array(DAYS_PER_WEEK).fill(1);
    for (let visits = 0; visits < maxVisits; visits++) {
      let d = -1;
      for (let x = 0; x < DAYS_PER_WEEK; x++) {
        if (dirty[x] && (d < 0 || (this.st.dayCost[x] as number) > (this.st.dayCost[d] as number))) d = x;
      }
      if (d < 0) return;
      dirty[d] = 0;
      if (this.improveDay(d)) {
        if (d > 0) dirty[d - 1] = 1;
        if (d + 1 < DAYS_PER_WEEK) dirty[d + 1] = 1;
      }
    }
  }

  private pickDay(): number {
    const st = this.st;
    // Mostly the worst day; sometimes a random costly one so progress is not stuck on one day.
    let total = 0;
    for (let d = 0; d < DAYS_PER_WEEK; d++) total += st.dayCost[d] as number;
    let x = this.rng.next() * total;
    for (let d = 0; d < DAYS_PER_WEEK; d++) {
      x -= st.dayCost[d] as number;
      if (x <= 0) return d;
    }
    return DAYS_PER_WEEK - 1;
  }

  /** Puts a random allowed option at p; false when a few draws find none. */
  private kick(p: number): boolean {
    const st = this.st;
    const list = st.lists[p];
    if (!list || st.kind[p] !== POS_FREE) return false;
    const d = dayOf(st.ctx, p);
    const f = this.filter;
    this.stampNeighbours(d - 1, d + 1, p, -1);
    f.freed1 = st.recipeAt(p);
    f.freedCount1 = 1;
    f.freed2 = -1;
    f.taken = -1;
    f.need = 1;
    for (let tries = 0; tries < 12; tries++) {
      const o = list.options[this.rng.int(list.options.length)] as number;
      if (o === st.opt[p] || !f.allows(o)) continue;
      st.setOption(p, -1);
      st.setOption(p, o);
      return true;
    }
    return false;
  }

  /** Iterated local search: perturb a costly day, re-descend it, keep the change only if it helps. */
  perturb(options: ImproveOptions): void {
    const st = this.st;
    const S = this.S;
    const stopAt = (options.stopAtPct / 100) * DAYS_PER_WEEK * MACROS;
    const saved = new Int32Array(2 * S);
    while (this.meter.units < options.workBudget) {
      if (st.weekCost() <= stopAt) break;
      const d = this.pickDay();
      const span = d + 1 < DAYS_PER_WEEK ? 2 : 1;
      for (let x = 0; x < span * S; x++) saved[x] = st.opt[d * S + x] as number;
      const before = (st.dayCost[d] as number) + (span > 1 ? (st.dayCost[d + 1] as number) : 0);
      const free: number[] = [];
      for (let k = 0; k < S; k++) if (st.kind[d * S + k] === POS_FREE) free.push(d * S + k);
      if (free.length === 0) {
        this.meter.units += QUERY_WORK;
        continue;
      }
      const kicks = free.length > 2 && this.rng.next() < 0.35 ? 2 : 1;
      for (let t = 0; t < kicks; t++) this.kick(free[this.rng.int(free.length)] as number);
      this.improveDay(d);
      const after = (st.dayCost[d] as number) + (span > 1 ? (st.dayCost[d + 1] as number) : 0);
      if (after < before - EPS) continue;
      for (let x = 0; x < span * S; x++) st.setOption(d * S + x, -1);
      for (let x = 0; x < span * S; x++) st.setOption(d * S + x, saved[x] as number);
    }
  }
}
