import { LEVELS, MACROS, dayOf, recipeOfOption } from "../planning-context";
import type { Rng } from "../rng";
import { DAYS_PER_WEEK } from "../types";
import { WorkMeter, nearestPair, type KdTree, type OptionFilter, type PairFilter } from "./kd-tree";
import { POS_COOK, POS_EAT, POS_FREE, POS_LOCKED, type WeekState } from "./week-state";

// Improvements smaller than this are float noise, and accepting them could cycle.
const EPS = 1e-9;
// Prune node pairs whose bound is within 30 % of the best pair: a near-exact pair search at about
// two thirds of the cost; the perturbation phase recovers the rare miss.
const PAIR_SLACK = 1.3;
// …but never skip pairs more than this below the best (cost units of one day). A day far off target
// (thin catalogues: cost 0.5–1.6) would otherwise skip pairs up to a third of a day's cost better
// than the best found, and its pair moves were far from exact. Tune split, the 39 profiles ≥ 0.5 %
// off, 20 seeds each: mean gap 0.157 → 0.136 pp, plans > 0.5 pp 46 → 29 (0.01: 0.166, 0.03: 0.157,
// 0.1: 0.139, 0.2: 0.138, 0.3: 0.148); near-target days never reach the cap, so their moves are unchanged.
const PAIR_SLACK_CAP = 0.15;
// Work charged for one single-tree query or one option scan, in node-pair units.
const QUERY_WORK = 20;
// Candidates a relocation draws from: the recipes that would fit the slot best.
const WANTED = 4;
// Positions a swap draws before giving up on finding a partner the rules allow.
const SWAP_DRAWS = 16;

/**
 * Whether a recipe may go where a move wants to put it: spacing to the neighbours (stamped per
 * side of a pair move), weekly uses, and no repeat of the other side's recipe on the same day.
 */
class PlacementFilter implements OptionFilter, PairFilter {
  readonly blockedFirst: Int32Array;
  readonly blockedSecond: Int32Array;
  stampFirst = 0;
  stampSecond = 0;
  freed1 = -1;
  freedCount1 = 0;
  freed2 = -1;
  freedCount2 = 0;
  needFirst = 1;
  needSecond = 1;
  /** recipe placed by the first side of a pair move, and how many uses it takes */
  taken = -1;
  takenCount = 0;

  constructor(
    private readonly uses: Int32Array,
    private readonly maxUses: Int32Array,
    private readonly spacingRelaxed: Uint8Array,
  ) {
    this.blockedFirst = new Int32Array(uses.length);
    this.blockedSecond = new Int32Array(uses.length);
  }

  /** Resets the freed recipes and needs for a new move. */
  begin(
    freed1: number,
    freedCount1: number,
    freed2: number,
    freedCount2: number,
    needFirst: number,
    needSecond: number,
  ): void {
    this.freed1 = freed1;
    this.freedCount1 = freedCount1;
    this.freed2 = freed2;
    this.freedCount2 = freedCount2;
    this.needFirst = needFirst;
    this.needSecond = needSecond;
    this.taken = -1;
    this.takenCount = 0;
  }

  private allowed(r: number, blocked: Int32Array, stamp: number, need: number): boolean {
    if (blocked[r] === stamp) return false;
    let u = this.uses[r] as number;
    if (r === this.freed1) u -= this.freedCount1;
    if (r === this.freed2) u -= this.freedCount2;
    if (r === this.taken) {
      if (!this.spacingRelaxed[r]) return false;
      u += this.takenCount;
    }
    return u + need <= (this.maxUses[r] as number);
  }

  firstRecipe(r: number): boolean {
    return this.allowed(r, this.blockedFirst, this.stampFirst, this.needFirst);
  }

  /** Single-position queries use the second side's rules, with `taken` as set by the caller. */
  allows(option: number): boolean {
    return this.allowed(recipeOfOption(option), this.blockedSecond, this.stampSecond, this.needSecond);
  }

  allowsFirst(option: number): boolean {
    this.taken = -1;
    return this.firstRecipe(recipeOfOption(option));
  }

  allowsSecond(first: number, second: number): boolean {
    this.taken = recipeOfOption(first);
    this.takenCount = this.needFirst;
    const ok = this.allowed(recipeOfOption(second), this.blockedSecond, this.stampSecond, this.needSecond);
    this.taken = -1;
    return ok;
  }
}

export interface ImproveOptions {
  /** stop perturbing once total work (node pairs visited) reaches this */
  workBudget: number;
  /** stop once the week's mean deviation (%) is at or below this */
  stopAtPct: number;
  /** share of perturbations that move a recipe across days rather than try a random one */
  relocateShare: number;
  /** share of perturbations that exchange recipes between two days */
  swapShare: number;
  /**
   * accept a perturbed week up to this much (cost units) above the best week seen
   * (record-to-record travel); the best week is restored at the end. 0: only improvements are kept.
   */
  acceptWorse?: number;
}

/**
 * Local search over a week: exact best-pair moves within a day (a dual kd-tree search), recipe
 * changes for dinners that feed tomorrow's lunch, then iterated perturbation of costly days.
 * Every move keeps all rules satisfied, so the week is valid at every step.
 */
export class WeekSearch {
  private readonly filter: PlacementFilter;
  private readonly q = new Float64Array(MACROS);
  private readonly base = new Float64Array(MACROS);
  private readonly baseNext = new Float64Array(MACROS);
  private readonly eatCost: Float64Array;
  private readonly wanted = new Int32Array(WANTED);
  private readonly wantedCost = new Float64Array(WANTED);
  private readonly S: number;
  readonly meter = new WorkMeter();

  constructor(
    private readonly st: WeekState,
    private readonly rng: Rng,
  ) {
    this.filter = new PlacementFilter(st.uses, st.rules.maxUses, st.rules.spacingRelaxed);
    this.S = st.ctx.S;
    this.eatCost = new Float64Array(st.ctx.R);
  }

  /**
   * Marks recipes that positions on days [fromDay, toDay] forbid (spacing), except the positions
   * whose recipe the move may change. `side` 1 stamps the first side, 2 the second, 3 both.
   */
  private stamp(
    side: 1 | 2 | 3,
    fromDay: number,
    toDay: number,
    skip1: number,
    skip2: number,
    skip3: number,
  ): void {
    const f = this.filter;
    if (side & 1) f.stampFirst++;
    if (side & 2) f.stampSecond++;
    const lo = Math.max(0, fromDay) * this.S;
    const hi = Math.min(DAYS_PER_WEEK, toDay + 1) * this.S;
    const relaxed = this.st.rules.spacingRelaxed;
    for (let n = lo; n < hi; n++) {
      if (n === skip1 || n === skip2 || n === skip3) continue;
      const r = this.st.recipeAt(n);
      if (r < 0 || relaxed[r]) continue;
      if (side & 1) f.blockedFirst[r] = f.stampFirst;
      if (side & 2) f.blockedSecond[r] = f.stampSecond;
    }
  }

  private servingOptions(p: number): Int32Array {
    const r = this.st.recipeAt(p);
    const levels = this.st.levelsFor(p, r);
    const out = new Int32Array(levels.length);
    for (let i = 0; i < levels.length; i++) out[i] = r * LEVELS + (levels[i] as number);
    return out;
  }

  private apply(i: number, a: number, j: number, b: number): void {
    const st = this.st;
    st.setOption(i, -1);
    st.setOption(j, -1);
    st.setOption(i, a);
    st.setOption(j, b);
  }

  /** Re-optimises positions i and j of one day jointly; returns whether the day improved. */
  improvePair(i0: number, j0: number): boolean {
    const st = this.st;
    let i = i0;
    let j = j0;
    // Orient the move: a servings-only side is enumerated; of two free sides, the smaller leads.
    const freeI0 = st.kind[i] === POS_FREE;
    const freeJ0 = st.kind[j] === POS_FREE;
    if (freeI0 && (!freeJ0 || (st.lists[i]?.tree.size ?? 0) > (st.lists[j]?.tree.size ?? 0))) {
      i = j0;
      j = i0;
    }
    const freeI = st.kind[i] === POS_FREE;
    const freeJ = st.kind[j] === POS_FREE;
    const listI = st.lists[i];
    const listJ = st.lists[j];
    const d = dayOf(st.ctx, i);
    const macro = st.ctx.optMacro;
    const pen = st.penalty;
    const oi = st.opt[i] as number;
    const oj = st.opt[j] as number;
    const f = this.filter;
    this.stamp(3, d - 1, d + 1, freeI ? i : -1, freeJ ? j : -1, -1);
    f.begin(freeI ? recipeOfOption(oi) : -1, 1, freeJ ? recipeOfOption(oj) : -1, 1, 1, 1);
    for (let m = 0; m < MACROS; m++) {
      this.base[m] =
        (st.dayTot[d * MACROS + m] as number) -
        (macro[oi * MACROS + m] as number) -
        (macro[oj * MACROS + m] as number);
    }
    const basePen = (st.dayPen[d] as number) - (pen[oi] as number) - (pen[oj] as number);
    let best = (st.dayCost[d] as number) - EPS;
    if (freeI && freeJ && listI && listJ) {
      for (let m = 0; m < MACROS; m++) this.q[m] = 1 - (this.base[m] as number);
      const found = nearestPair(
        listI.tree,
        listJ.tree,
        this.q,
        best - basePen,
        f,
        PAIR_SLACK,
        PAIR_SLACK_CAP,
        this.meter,
        st.miss,
      );
      if (!found) return false;
      this.apply(i, found.first, j, found.second);
      return true;
    }
    let bestA = -1;
    let bestB = -1;
    const candidates = this.servingOptions(i);
    const fixedB = freeJ ? null : this.servingOptions(j);
    const q = this.q;
    // The servings-only side keeps its recipe, which the stamps already forbid to the other side.
    f.taken = -1;
    for (let c = 0; c < candidates.length; c++) {
      const a = candidates[c] as number;
      const pa = basePen + (pen[a] as number);
      if (pa >= best) continue;
      for (let m = 0; m < MACROS; m++)
        q[m] = 1 - (this.base[m] as number) - (macro[a * MACROS + m] as number);
      if (freeJ && listJ) {
        this.meter.units += QUERY_WORK;
        const b = listJ.tree.nearest(q, best - pa, f, st.miss);
        if (b >= 0) {
          best = listJ.tree.lastDistance + pa;
          bestA = a;
          bestB = b;
        }
      } else if (fixedB) {
        for (let t = 0; t < fixedB.length; t++) {
          const b = fixedB[t] as number;
          let dist = pa + (pen[b] as number);
          for (let m = 0; m < MACROS; m++)
            dist += st.deviationCost((macro[b * MACROS + m] as number) - (q[m] as number));
          if (dist < best) {
            best = dist;
            bestA = a;
            bestB = b;
          }
        }
      }
    }
    if (bestA < 0) return false;
    this.apply(i, bestA, j, bestB);
    return true;
  }

  /** Best option for the lone movable position of a day. */
  improveSingle(p: number): boolean {
    const st = this.st;
    const list = st.lists[p];
    if (st.kind[p] !== POS_FREE || !list) return false;
    const d = dayOf(st.ctx, p);
    const o = st.opt[p] as number;
    const macro = st.ctx.optMacro;
    const f = this.filter;
    this.stamp(2, d - 1, d + 1, p, -1, -1);
    f.begin(recipeOfOption(o), 1, -1, 0, 1, 1);
    for (let m = 0; m < MACROS; m++) {
      this.q[m] = 1 - ((st.dayTot[d * MACROS + m] as number) - (macro[o * MACROS + m] as number));
    }
    const basePen = (st.dayPen[d] as number) - (st.penalty[o] as number);
    this.meter.units += QUERY_WORK;
    const b = list.tree.nearest(this.q, (st.dayCost[d] as number) - EPS - basePen, f, st.miss);
    if (b < 0) return false;
    st.setOption(p, -1);
    st.setOption(p, b);
    return true;
  }

  /**
   * Tomorrow's cost of cooking recipe r at p: the leftover lunch at its best portion, with the rest
   * of tomorrow fixed. Leaves the chosen level per recipe in eatLevel.
   */
  private prepareEatCosts(p: number, e: number, tree: KdTree): Int32Array {
    const st = this.st;
    const macro = st.ctx.optMacro;
    const pen = st.penalty;
    const oe = st.opt[e] as number;
    const dn = dayOf(st.ctx, e);
    for (let m = 0; m < MACROS; m++) {
      this.baseNext[m] = (st.dayTot[dn * MACROS + m] as number) - (macro[oe * MACROS + m] as number);
    }
    const penNext = (st.dayPen[dn] as number) - (pen[oe] as number);
    const eatLevel = new Int32Array(st.ctx.R).fill(-1);
    const list = st.lists[p];
    if (!list) return eatLevel;
    for (const o of list.options) {
      const r = recipeOfOption(o);
      if ((eatLevel[r] as number) >= 0) continue;
      let bestCost = Infinity;
      let bestOpt = -1;
      for (const l of st.levelsFor(e, r)) {
        const b = r * LEVELS + l;
        let c = penNext + (pen[b] as number);
        for (let m = 0; m < MACROS; m++)
          c += st.deviationCost((this.baseNext[m] as number) + (macro[b * MACROS + m] as number) - 1);
        if (c < bestCost) {
          bestCost = c;
          bestOpt = b;
        }
      }
      eatLevel[r] = bestOpt;
      this.eatCost[r] = bestCost;
    }
    this.meter.units += QUERY_WORK + (list.options.length >> 2);
    tree.setExtraPenalty((o) => this.eatCost[recipeOfOption(o)] as number);
    return eatLevel;
  }

  /**
   * A dinner that feeds tomorrow's lunch and another slot of its day, re-chosen together: the
   * dinner's options carry tomorrow's leftover cost as a penalty, so one dual-tree search covers
   * both days.
   */
  improveCookPair(p: number, j: number): boolean {
    const st = this.st;
    const listP = st.lists[p];
    const listJ = st.lists[j];
    const e = st.ctx.eatOf[p] as number;
    if (!listP || !listJ || e < 0 || st.kind[j] !== POS_FREE) return false;
    const d = dayOf(st.ctx, p);
    const macro = st.ctx.optMacro;
    const pen = st.penalty;
    const op = st.opt[p] as number;
    const oj = st.opt[j] as number;
    const oe = st.opt[e] as number;
    const f = this.filter;
    this.stamp(1, d - 1, d + 2, p, e, j);
    this.stamp(2, d - 1, d + 1, p, e, j);
    f.begin(recipeOfOption(op), 2, recipeOfOption(oj), 1, 2, 1);
    for (let m = 0; m < MACROS; m++) {
      this.q[m] =
        1 -
        ((st.dayTot[d * MACROS + m] as number) -
          (macro[op * MACROS + m] as number) -
          (macro[oj * MACROS + m] as number));
    }
    const basePen = (st.dayPen[d] as number) - (pen[op] as number) - (pen[oj] as number);
    const best = (st.dayCost[d] as number) + (st.dayCost[d + 1] as number) - EPS;
    const eatLevel = this.prepareEatCosts(p, e, listP.tree);
    const found = nearestPair(
      listP.tree,
      listJ.tree,
      this.q,
      best - basePen,
      f,
      PAIR_SLACK,
      PAIR_SLACK_CAP,
      this.meter,
      st.miss,
    );
    listP.tree.clearExtraPenalty();
    if (!found) return false;
    const eat = eatLevel[recipeOfOption(found.first)] as number;
    st.setOption(p, -1);
    st.setOption(e, -1);
    st.setOption(j, -1);
    st.setOption(p, found.first);
    st.setOption(e, eat >= 0 ? eat : oe);
    st.setOption(j, found.second);
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
    const macro = st.ctx.optMacro;
    const pen = st.penalty;
    const f = this.filter;
    this.stamp(1, d - 1, d + 2, p, e, -1);
    f.begin(recipeOfOption(op), 2, -1, 0, 2, 1);
    for (let m = 0; m < MACROS; m++) {
      this.base[m] = (st.dayTot[d * MACROS + m] as number) - (macro[op * MACROS + m] as number);
    }
    const penD = (st.dayPen[d] as number) - (pen[op] as number);
    const eatLevel = this.prepareEatCosts(p, e, list.tree);
    list.tree.clearExtraPenalty();
    let best = (st.dayCost[d] as number) + (st.dayCost[d + 1] as number) - EPS;
    let bestA = -1;
    for (const a of list.options) {
      const ra = recipeOfOption(a);
      let cost = penD + (pen[a] as number) + (this.eatCost[ra] as number);
      if (cost >= best) continue;
      for (let m = 0; m < MACROS; m++)
        cost += st.deviationCost((this.base[m] as number) + (macro[a * MACROS + m] as number) - 1);
      if (cost >= best || !f.firstRecipe(ra)) continue;
      best = cost;
      bestA = a;
    }
    if (bestA < 0) return false;
    this.apply(p, bestA, e, eatLevel[recipeOfOption(bestA)] as number);
    return true;
  }

  /**
   * Replaces the recipe at p with the best-fitting other recipe the rules allow (a leftover dinner
   * takes its next-day lunch along). `exclude` marks recipes the caller does not want.
   */
  replaceRecipe(p: number, exclude: Uint8Array): boolean {
    const st = this.st;
    const list = st.lists[p];
    if (!list || (st.kind[p] !== POS_FREE && st.kind[p] !== POS_COOK)) return false;
    const d = dayOf(st.ctx, p);
    const cur = st.recipeAt(p);
    const op = st.opt[p] as number;
    const macro = st.ctx.optMacro;
    const pen = st.penalty;
    const f = this.filter;
    const e = st.kind[p] === POS_COOK ? (st.ctx.eatOf[p] as number) : -1;
    this.stamp(1, d - 1, e >= 0 ? d + 2 : d + 1, p, e, -1);
    f.begin(cur, e >= 0 ? 2 : 1, -1, 0, e >= 0 ? 2 : 1, 1);
    const eatLevel = e >= 0 ? this.prepareEatCosts(p, e, list.tree) : null;
    list.tree.clearExtraPenalty();
    for (let m = 0; m < MACROS; m++)
      this.base[m] = (st.dayTot[d * MACROS + m] as number) - (macro[op * MACROS + m] as number);
    const basePen = (st.dayPen[d] as number) - (pen[op] as number);
    let best = Infinity;
    let bestA = -1;
    for (const a of list.options) {
      const r = recipeOfOption(a);
      if (r === cur || exclude[r] || !f.firstRecipe(r)) continue;
      let cost = basePen + (pen[a] as number) + (eatLevel ? (this.eatCost[r] as number) : 0);
      for (let m = 0; m < MACROS; m++)
        cost += st.deviationCost((this.base[m] as number) + (macro[a * MACROS + m] as number) - 1);
      if (cost < best) {
        best = cost;
        bestA = a;
      }
    }
    if (bestA < 0) return false;
    if (eatLevel && e >= 0) this.apply(p, bestA, e, eatLevel[recipeOfOption(bestA)] as number);
    else {
      st.setOption(p, -1);
      st.setOption(p, bestA);
    }
    return true;
  }

  /** One move on a day: re-optimise positions i and j jointly, or a lone position i when j < 0. */
  private tryMove(i: number, j: number): boolean {
    const st = this.st;
    if (j < 0) return this.improveSingle(i) || (st.kind[i] === POS_COOK && this.improveCook(i));
    const ki = st.kind[i];
    const kj = st.kind[j];
    if (ki === POS_COOK && kj === POS_FREE) return this.improveCookPair(i, j);
    if (kj === POS_COOK && ki === POS_FREE) return this.improveCookPair(j, i);
    if (ki === POS_FREE || kj === POS_FREE || ki === POS_EAT || kj === POS_EAT) return this.improvePair(i, j);
    return false;
  }

  /**
   * Pair and cook moves on one day until none improves it; whether anything changed. The moves
   * run in a cycle that stops once every other move has failed since the last change: a move
   * retried on an unchanged day cannot succeed, and the one that just succeeded is (up to the
   * pair search's slack) optimal for the day as it now is.
   */
  improveDay(d: number, maxRounds = 6): boolean {
    const st = this.st;
    const S = this.S;
    const movable: number[] = [];
    for (let k = 0; k < S; k++) if (st.kind[d * S + k] !== POS_LOCKED) movable.push(d * S + k);
    const first: number[] = [];
    const second: number[] = [];
    // With a free slot beside it, the cook pair moves already cover a lone recipe change.
    if (movable.length === 1) {
      first.push(movable[0] as number);
      second.push(-1);
    }
    for (let x = 0; x < movable.length; x++) {
      for (let y = x + 1; y < movable.length; y++) {
        first.push(movable[x] as number);
        second.push(movable[y] as number);
      }
    }
    const n = first.length;
    let changed = false;
    let idle = 0;
    for (let t = 0; t < maxRounds * n && idle < Math.max(1, n - 1); t++) {
      if (this.tryMove(first[t % n] as number, second[t % n] as number)) {
        changed = true;
        idle = 0;
      } else idle++;
    }
    return changed;
  }

  /**
   * Improves days until none changes. A day is revisited only when it or a neighbour changed:
   * neighbours decide which recipes it may use; the rest of the week barely matters.
   */
  descend(workBudget: number, days?: Uint8Array, maxVisits = 4 * DAYS_PER_WEEK): void {
    const dirty = days ? Uint8Array.from(days) : new Uint8Array(DAYS_PER_WEEK).fill(1);
    for (let visits = 0; visits < maxVisits && this.meter.units < workBudget; visits++) {
      let d = -1;
      for (let x = 0; x < DAYS_PER_WEEK; x++) {
        if (dirty[x] && (d < 0 || (this.st.dayCost[x] as number) > (this.st.dayCost[d] as number))) d = x;
      }
      if (d < 0) return;
      dirty[d] = 0;
      if (this.improveDay(d)) {
        // A leftover dinner also changed tomorrow, whose neighbour is the day after.
        for (let x = d - 1; x <= d + 2; x++) if (x >= 0 && x < DAYS_PER_WEEK && x !== d) dirty[x] = 1;
      }
    }
  }

  private pickDay(): number {
    const st = this.st;
    // Costly days are picked more often; any day can be, so progress never stalls on one.
    let total = 0;
    for (let d = 0; d < DAYS_PER_WEEK; d++) total += st.dayCost[d] as number;
    let x = this.rng.next() * total;
    for (let d = 0; d < DAYS_PER_WEEK; d++) {
      x -= st.dayCost[d] as number;
      if (x <= 0) return d;
    }
    return DAYS_PER_WEEK - 1;
  }

  /** Option of recipe r at p portioned like the option it replaces. */
  private portionLike(p: number, r: number, like: number): number {
    const macro = this.st.ctx.optMacro;
    let o = -1;
    let gap = Infinity;
    for (const l of this.st.levelsFor(p, r)) {
      const g = Math.abs((macro[(r * LEVELS + l) * MACROS] as number) - (macro[like * MACROS] as number));
      if (g < gap) {
        gap = g;
        o = r * LEVELS + l;
      }
    }
    return o;
  }

  /** Puts a random allowed recipe (not `avoid`) at p; false when a few draws find none. */
  private kick(p: number, avoid = -1): boolean {
    const st = this.st;
    const list = st.lists[p];
    if (!list || st.kind[p] !== POS_FREE) return false;
    const d = dayOf(st.ctx, p);
    const f = this.filter;
    this.stamp(2, d - 1, d + 1, p, -1, -1);
    f.begin(st.recipeAt(p), 1, -1, 0, 1, 1);
    const cur = st.opt[p] as number;
    for (let tries = 0; tries < 12; tries++) {
      const drawn = list.options[this.rng.int(list.options.length)] as number;
      const r = recipeOfOption(drawn);
      if (r === recipeOfOption(cur) || r === avoid || !f.allows(drawn)) continue;
      st.setOption(p, -1);
      st.setOption(p, this.portionLike(p, r, cur));
      return true;
    }
    return false;
  }

  /**
   * One of the few recipes that would fit p best if the rules allowed it (rules ignored, the
   * current recipe excluded): the recipes worth fighting other days for.
   */
  private wantedRecipe(p: number): number {
    const st = this.st;
    const list = st.lists[p];
    if (!list) return -1;
    const d = dayOf(st.ctx, p);
    const macro = st.ctx.optMacro;
    const cur = st.opt[p] as number;
    const curRecipe = recipeOfOption(cur);
    for (let m = 0; m < MACROS; m++)
      this.base[m] = (st.dayTot[d * MACROS + m] as number) - (macro[cur * MACROS + m] as number);
    const best = this.wanted;
    const bestCost = this.wantedCost;
    let n = 0;
    for (const o of list.options) {
      const r = recipeOfOption(o);
      if (r === curRecipe) continue;
      let c = 0;
      for (let m = 0; m < MACROS; m++)
        c += Math.abs((this.base[m] as number) + (macro[o * MACROS + m] as number) - 1);
      // Keep the WANTED cheapest distinct recipes, sorted by cost.
      let at = -1;
      for (let i = 0; i < n; i++) if (best[i] === r) at = i;
      if (at >= 0) {
        if (c >= (bestCost[at] as number)) continue;
        for (let i = at; i < n - 1; i++) {
          best[i] = best[i + 1] as number;
          bestCost[i] = bestCost[i + 1] as number;
        }
        n--;
      }
      if (n === WANTED && c >= (bestCost[n - 1] as number)) continue;
      let i = Math.min(n, WANTED - 1);
      while (i > 0 && (bestCost[i - 1] as number) > c) {
        best[i] = best[i - 1] as number;
        bestCost[i] = bestCost[i - 1] as number;
        i--;
      }
      best[i] = r;
      bestCost[i] = c;
      if (n < WANTED) n++;
    }
    this.meter.units += QUERY_WORK + (list.options.length >> 3);
    return n > 0 ? (best[this.rng.int(n)] as number) : -1;
  }

  /**
   * Moves a recipe the rules keep away from p (used up, or on a neighbouring day) to p, giving
   * its current meals other recipes. Thin catalogues are won or lost on which day gets which
   * recipe; single-day moves never reallocate a recipe across days. Returns the days touched.
   */
  private relocate(p: number, touched: Set<number>): boolean {
    const st = this.st;
    const list = st.lists[p];
    if (!list || st.kind[p] !== POS_FREE) return false;
    const cur = st.opt[p] as number;
    const r = this.wantedRecipe(p);
    if (r < 0) return false;
    const holders: number[] = [];
    for (let q = 0; q < st.ctx.P; q++) {
      if (q === p || st.recipeAt(q) !== r) continue;
      if (st.kind[q] !== POS_FREE) return false;
      holders.push(q);
    }
    if (holders.length === 0) return false;
    for (const q of holders) {
      if (!this.kick(q, r)) return false;
      touched.add(dayOf(st.ctx, q));
    }
    const d = dayOf(st.ctx, p);
    const f = this.filter;
    this.stamp(2, d - 1, d + 1, p, -1, -1);
    f.begin(recipeOfOption(cur), 1, -1, 0, 1, 1);
    if (!f.allowsFirst(r * LEVELS)) return false;
    st.setOption(p, -1);
    st.setOption(p, this.portionLike(p, r, cur));
    return true;
  }

  /** Whether r may take p's place while the recipe at `leaving` leaves too (weekly uses unchanged). */
  private mayTake(p: number, r: number, leaving: number): boolean {
    const d = dayOf(this.st.ctx, p);
    const f = this.filter;
    this.stamp(2, d - 1, d + 1, p, leaving, -1);
    f.begin(r, 1, -1, 0, 1, 1);
    f.taken = -1;
    return f.allows(r * LEVELS);
  }

  /**
   * Exchanges the recipe at p with the one at a position of another day that may take it. Thin
   * catalogues have no weekly uses to spare, so recipes must trade days rather than come and go.
   */
  private swapAcross(p: number, touched: Set<number>): boolean {
    const st = this.st;
    if (st.kind[p] !== POS_FREE) return false;
    const d = dayOf(st.ctx, p);
    const ra = st.recipeAt(p);
    for (let tries = 0; tries < SWAP_DRAWS; tries++) {
      const q = this.rng.int(st.ctx.P);
      const e = dayOf(st.ctx, q);
      const rb = st.recipeAt(q);
      if (e === d || st.kind[q] !== POS_FREE || rb === ra) continue;
      if (!st.inDomain(p, rb) || !st.inDomain(q, ra)) continue;
      if (!this.mayTake(p, rb, q) || !this.mayTake(q, ra, p)) continue;
      const op = st.opt[p] as number;
      const oq = st.opt[q] as number;
      st.setOption(p, -1);
      st.setOption(q, -1);
      st.setOption(p, this.portionLike(p, rb, op));
      st.setOption(q, this.portionLike(q, ra, oq));
      touched.add(e);
      return true;
    }
    return false;
  }

  /** Iterated local search: perturb a costly day, re-descend what changed, keep it only if the week improves. */
  perturb(options: ImproveOptions): void {
    const st = this.st;
    const S = this.S;
    const stopAt = (options.stopAtPct / 100) * DAYS_PER_WEEK * MACROS;
    const saved = new Int32Array(st.ctx.P);
    const touched = new Set<number>();
    const acceptWorse = options.acceptWorse ?? 0;
    const best = Int32Array.from(st.opt);
    let bestCost = st.weekCost();
    while (this.meter.units < options.workBudget) {
      const before = st.weekCost();
      if (before < bestCost - EPS) {
        bestCost = before;
        best.set(st.opt);
      }
      if (before <= stopAt) break;
      const d = this.pickDay();
      const free: number[] = [];
      for (let k = 0; k < S; k++) if (st.kind[d * S + k] === POS_FREE) free.push(d * S + k);
      this.meter.units += QUERY_WORK;
      if (free.length === 0) continue;
      saved.set(st.opt);
      touched.clear();
      touched.add(d);
      const p = free[this.rng.int(free.length)] as number;
      const move = this.rng.next();
      if (move < options.relocateShare) this.relocate(p, touched);
      else if (move < options.relocateShare + options.swapShare) this.swapAcross(p, touched);
      else {
        const kicks = free.length > 2 && this.rng.next() < 0.35 ? 2 : 1;
        this.kick(p);
        for (let t = 1; t < kicks; t++) this.kick(free[this.rng.int(free.length)] as number);
      }
      for (const x of touched) this.improveDay(x);
      const after = st.weekCost();
      if (after < before - EPS) continue;
      if (acceptWorse > 0 && after <= bestCost + acceptWorse && after !== before) continue;
      st.restore(saved);
    }
    if (st.weekCost() > bestCost + EPS) st.restore(best);
  }
}
