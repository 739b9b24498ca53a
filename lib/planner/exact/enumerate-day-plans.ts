import { L1RangeTree } from "./l1-range-tree";

const DIMS = 4;

/** Every day plan (one option per slot) under a cost bound, flat. */
export interface DayPlanSet {
  slots: number;
  count: number;
  /** count × slots option ids, in slot order */
  options: Int32Array;
  /** what the enumeration bounded and sorts by: L1 deviation plus the slot penalties */
  rank: Float64Array;
  /** the plan's own cost in the week objective (equal to `rank` until the caller prices it) */
  cost: Float64Array;
}

export interface EnumerateInput {
  /** options allowed per slot of the day */
  slotOptions: readonly Int32Array[];
  /** normalised macros per option (4 per option) */
  optMacro: Float64Array;
  /** non-negative cost added per option, per slot (aligned with `slotOptions`) */
  slotPenalty: readonly Float64Array[];
  /** per recipe: may it appear twice in one day */
  spacingRelaxed: Uint8Array;
  levels: number;
  /** inclusive bound on the day cost (L1 deviation + penalties) */
  bound: number;
  /** give up (return null) beyond this many plans — unless `keepCheapest` */
  maxPlans: number;
  /**
   * past maxPlans, keep the cheaper half and lower the bound instead of giving up: the result is
   * then every plan cheaper than some bound ≤ `bound`, at most maxPlans of them (the least-cost
   * plans, in one pass rather than a bisection over bounds)
   */
  keepCheapest?: boolean;
  /** how the indexed half is searched; by default a grid, or a kd-tree where the budget is wide */
  index?: "grid" | "tree";
}

/** Products of some slots' options: running macro sums, penalties and the chosen options. */
interface Group {
  slots: number[];
  n: number;
  sums: Float64Array;
  pen: Float64Array;
  opts: Int32Array;
}

class Growable {
  data: Float64Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Float64Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

class GrowableInt {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/**
 * Identical option lists with identical penalties (two snack slots) make mirrored plans; only the
 * plan whose options are in ascending slot order is kept. Mirrors have equal cost and the same
 * recipes on the day, so the week model loses nothing.
 */
function mirrorPairs(lists: readonly Int32Array[], penalties: readonly Float64Array[]): [number, number][] {
  const same = (x: ArrayLike<number>, y: ArrayLike<number>): boolean =>
    x.length === y.length && Array.prototype.every.call(x, (v: number, i: number) => v === y[i]);
  const pairs: [number, number][] = [];
  for (let a = 0; a < lists.length; a++) {
    for (let b = a + 1; b < lists.length; b++) {
      if (
        same(lists[a] as Int32Array, lists[b] as Int32Array) &&
        same(penalties[a] as Float64Array, penalties[b] as Float64Array)
      )
        pairs.push([a, b]);
    }
  }
  return pairs;
}

/**
 * A lower bound on the cost of any plan completing a partial product: its penalty, the least
 * penalty of every other slot, and per macro how far the total stays from target even when the
 * other slots land as favourably as their ranges allow.
 */
function completionBound(
  sums: Float64Array,
  at: number,
  pen: number,
  rest: { lo: Float64Array; hi: Float64Array; pen: number },
): number {
  let bound = pen + rest.pen;
  for (let m = 0; m < DIMS; m++) {
    const v = sums[at + m] as number;
    const over = v + (rest.lo[m] as number) - 1;
    const under = 1 - v - (rest.hi[m] as number);
    if (over > 0) bound += over;
    else if (under > 0) bound += under;
  }
  return bound;
}

function buildGroup(input: EnumerateInput, slots: number[], mirrors: [number, number][]): Group {
  const { optMacro, spacingRelaxed, levels } = input;
  const S = input.slotOptions.length;
  // What the slots not yet chosen (later ones of this group and every other slot) can add.
  const rests = slots.map((_, s) => {
    const others = [...Array(S).keys()].filter((k) => !slots.slice(0, s + 1).includes(k));
    const [lo, hi] = slotRange(input, others);
    return { lo, hi, pen: others.reduce((sum, k) => sum + minPenalty(input, k), 0) };
  });
  const scratch = new Float64Array(DIMS);
  let sums = new Float64Array(DIMS);
  let pen = new Float64Array(1);
  let opts = new Int32Array(0);
  let n = 1;
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s] as number;
    const list = input.slotOptions[slot] as Int32Array;
    const penalty = input.slotPenalty[slot] as Float64Array;
    const rest = rests[s] as { lo: Float64Array; hi: Float64Array; pen: number };
    const mirrorOf = mirrors.find(
      ([a, b]) => b === slot && slots.indexOf(a) >= 0 && slots.indexOf(a) < s,
    )?.[0];
    const mirrorAt = mirrorOf === undefined ? -1 : slots.indexOf(mirrorOf);
    const nSums = new Growable(n * list.length * DIMS);
    const nPen = new Growable(n * list.length);
    const nOpts = new GrowableInt(n * list.length * (s + 1));
    let count = 0;
    for (let e = 0; e < n; e++) {
      for (let x = 0; x < list.length; x++) {
        const o = list[x] as number;
        if (mirrorAt >= 0 && o < (opts[e * s + mirrorAt] as number)) continue;
        const r = Math.floor(o / levels);
        let ok = true;
        for (let t = 0; t < s && ok; t++) {
          if (Math.floor((opts[e * s + t] as number) / levels) === r && !spacingRelaxed[r]) ok = false;
        }
        if (!ok) continue;
        for (let m = 0; m < DIMS; m++)
          scratch[m] = (sums[e * DIMS + m] as number) + (optMacro[o * DIMS + m] as number);
        const p = (pen[e] as number) + (penalty[x] as number);
        if (completionBound(scratch, 0, p, rest) > input.bound) continue;
        for (let m = 0; m < DIMS; m++) nSums.push(scratch[m] as number);
        nPen.push(p);
        for (let t = 0; t < s; t++) nOpts.push(opts[e * s + t] as number);
        nOpts.push(o);
        count++;
      }
    }
    sums = nSums.data.slice(0, count * DIMS);
    pen = nPen.data.slice(0, count);
    opts = nOpts.data.slice(0, count * (s + 1));
    n = count;
  }
  return { slots, n, sums, pen, opts };
}

/** The group's entries reordered by one macro's sum. */
function sortedBy(group: Group, dim: number): Group {
  const w = group.slots.length;
  const order = Int32Array.from({ length: group.n }, (_, i) => i).sort(
    (a, b) => (group.sums[a * DIMS + dim] as number) - (group.sums[b * DIMS + dim] as number),
  );
  const sums = new Float64Array(group.n * DIMS);
  const pen = new Float64Array(group.n);
  const opts = new Int32Array(group.n * w);
  order.forEach((from, to) => {
    sums.set(group.sums.subarray(from * DIMS, from * DIMS + DIMS), to * DIMS);
    pen[to] = group.pen[from] as number;
    opts.set(group.opts.subarray(from * w, from * w + w), to * w);
  });
  return { ...group, sums, pen, opts };
}

function minPenalty(input: EnumerateInput, slot: number): number {
  let min = Infinity;
  for (const p of input.slotPenalty[slot] as Float64Array) if (p < min) min = p;
  return Number.isFinite(min) ? min : 0;
}

/** Per macro, the smallest and largest total the given slots can reach. */
function slotRange(input: EnumerateInput, slots: readonly number[]): [Float64Array, Float64Array] {
  const lo = new Float64Array(DIMS);
  const hi = new Float64Array(DIMS);
  for (const k of slots) {
    const list = input.slotOptions[k] as Int32Array;
    for (let m = 0; m < DIMS; m++) {
      let a = Infinity;
      let b = -Infinity;
      for (const o of list) {
        const v = input.optMacro[o * DIMS + m] as number;
        if (v < a) a = v;
        if (v > b) b = v;
      }
      if (list.length > 0) {
        lo[m] = (lo[m] as number) + a;
        hi[m] = (hi[m] as number) + b;
      }
    }
  }
  return [lo, hi];
}

// Expected grid entries per query beyond which the kd-tree is used instead.
const TREE_FROM = 64;

/**
 * All day plans within the bound, by meet in the middle. The two largest slot lists form the
 * indexed half: a grid on (kcal, protein), its entries stored column by column. The remaining slots
 * form the query half (two slots) and an outer loop (a fifth slot). A plan can only be within the
 * bound if every macro is, so the grid window around each query is exhaustive. Partial products
 * are pruned by `completionBound`, which never exceeds the cost of a plan completing them.
 */
export function enumerateDayPlans(input: EnumerateInput): DayPlanSet | null {
  const S = input.slotOptions.length;
  let bound = input.bound;
  const bySize = [...Array(S).keys()].sort(
    (a, b) =>
      (input.slotOptions[b] as Int32Array).length - (input.slotOptions[a] as Int32Array).length || a - b,
  );
  const indexedSlots = bySize.slice(0, Math.min(2, S - 1)).sort((a, b) => a - b);
  const querySlots = bySize.slice(indexedSlots.length, indexedSlots.length + 2).sort((a, b) => a - b);
  const outerSlots = bySize.slice(indexedSlots.length + querySlots.length).sort((a, b) => a - b);
  const mirrors = mirrorPairs(input.slotOptions, input.slotPenalty);
  const indexed = buildGroup(input, indexedSlots, mirrors);
  // Sorted by kcal, so consecutive queries land in neighbouring grid columns: the hot loop then
  // reads a few columns' cells from cache instead of jumping across the whole grid.
  const query = sortedBy(buildGroup(input, querySlots, mirrors), 0);
  const outer =
    outerSlots.length > 0
      ? buildGroup(input, outerSlots, mirrors)
      : { slots: [], n: 1, sums: new Float64Array(DIMS), pen: new Float64Array(1), opts: new Int32Array(0) };
  const crossMirrors = mirrors.filter(
    ([a, b]) =>
      !(indexedSlots.includes(a) && indexedSlots.includes(b)) &&
      !(querySlots.includes(a) && querySlots.includes(b)),
  );

  const indexedLo = new Float64Array(DIMS).fill(Infinity);
  const indexedHi = new Float64Array(DIMS).fill(-Infinity);
  let indexedMinPen = Infinity;
  for (let i = 0; i < indexed.n; i++) {
    indexedMinPen = Math.min(indexedMinPen, indexed.pen[i] as number);
    for (let m = 0; m < DIMS; m++) {
      const v = indexed.sums[i * DIMS + m] as number;
      if (v < (indexedLo[m] as number)) indexedLo[m] = v;
      if (v > (indexedHi[m] as number)) indexedHi[m] = v;
    }
  }

  // Grid over the indexed group on (kcal, protein), cells numbered column by column.
  let cell = Math.max(bound, 1e-4);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < indexed.n; i++) {
    minX = Math.min(minX, indexed.sums[i * DIMS] as number);
    maxX = Math.max(maxX, indexed.sums[i * DIMS] as number);
    minY = Math.min(minY, indexed.sums[i * DIMS + 1] as number);
    maxY = Math.max(maxY, indexed.sums[i * DIMS + 1] as number);
  }
  let nx = 1;
  let ny = 1;
  if (indexed.n > 0) {
    while (((maxX - minX) / cell + 1) * ((maxY - minY) / cell + 1) > 2_000_000) cell *= 2;
    nx = Math.floor((maxX - minX) / cell) + 1;
    ny = Math.floor((maxY - minY) / cell) + 1;
  }
  const cellOf = new Int32Array(indexed.n);
  for (let i = 0; i < indexed.n; i++) {
    const cx = Math.floor(((indexed.sums[i * DIMS] as number) - minX) / cell);
    const cy = Math.floor(((indexed.sums[i * DIMS + 1] as number) - minY) / cell);
    cellOf[i] = cx * ny + cy;
  }
  const cellStart = new Int32Array(nx * ny + 1);
  for (let i = 0; i < indexed.n; i++)
    cellStart[(cellOf[i] as number) + 1] = (cellStart[(cellOf[i] as number) + 1] as number) + 1;
  for (let c = 0; c < nx * ny; c++)
    cellStart[c + 1] = (cellStart[c + 1] as number) + (cellStart[c] as number);
  const order = new Int32Array(indexed.n);
  const fill = cellStart.slice(0, nx * ny);
  for (let i = 0; i < indexed.n; i++) {
    const c = cellOf[i] as number;
    order[fill[c] as number] = i;
    fill[c] = (fill[c] as number) + 1;
  }
  // Sorted copies, so the hot loop reads memory in order.
  const gx = new Float64Array(indexed.n * DIMS);
  const gPen = new Float64Array(indexed.n);
  const gIdx = new Int32Array(indexed.n);
  for (let z = 0; z < indexed.n; z++) {
    const i = order[z] as number;
    for (let m = 0; m < DIMS; m++) gx[z * DIMS + m] = indexed.sums[i * DIMS + m] as number;
    gPen[z] = indexed.pen[i] as number;
    gIdx[z] = i;
  }

  const outOpts: number[] = [];
  const outCost: number[] = [];
  const relaxed = input.spacingRelaxed;
  const levels = input.levels;
  const recipesA: number[] = [];
  const planOpt = new Int32Array(S);
  const isIndexed = new Uint8Array(S);
  for (const k of indexedSlots) isIndexed[k] = 1;
  const iw = indexed.slots.length;
  const qw = query.slots.length;
  const ow = outer.slots.length;
  // Mirrored pairs split between the outer and the query group, as positions in each: checked
  // before anything else, so the mirrored half of the product costs one comparison.
  const splitMirrors = crossMirrors
    .map(([x, y]) => {
      const xo = outer.slots.indexOf(x);
      const yo = outer.slots.indexOf(y);
      const xq = query.slots.indexOf(x);
      const yq = query.slots.indexOf(y);
      if (xo >= 0 && yq >= 0) return { outerAt: xo, queryAt: yq, outerFirst: true };
      if (xq >= 0 && yo >= 0) return { outerAt: yo, queryAt: xq, outerFirst: false };
      return null;
    })
    .filter((m) => m !== null);
  // Where the budget is wide, a grid window covers most of the group: a kd-tree opens less.
  const spanX = Math.max(maxX - minX, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const perWindow =
    indexed.n * Math.min(1, (2 * bound + cell) / spanX) * Math.min(1, (2 * bound + cell) / spanY);
  const useTree = input.index ? input.index === "tree" : perWindow > TREE_FROM;
  const tree = useTree ? new L1RangeTree(indexed.sums, indexed.pen, indexed.n) : null;
  const queryTree = useTree ? new L1RangeTree(query.sums, query.pen, query.n) : null;
  let curOuter = 0;
  let curQuery = 0;
  // What the current tuple's outer and query entries cost; a plan costs this plus its distance.
  let curBase = 0;
  // Under keepCheapest, once the plan budget has been spent: plans must cost less than this.
  let below = Infinity;
  let prepared = false;
  let stop = false;
  let overflow = false;
  // One indexed entry close enough to the current (outer, query) tuple: checks the day's rules and
  // records the plan. False stops the tuple (its own recipes clash, or the plan budget is spent).
  const take = (b: number, d: number): boolean => {
    if (!prepared) {
      prepared = true;
      for (let s = 0; s < ow; s++)
        planOpt[outer.slots[s] as number] = outer.opts[curOuter * ow + s] as number;
      for (let s = 0; s < qw; s++)
        planOpt[query.slots[s] as number] = query.opts[curQuery * qw + s] as number;
      recipesA.length = 0;
      for (let s = 0; s < S; s++)
        if (!isIndexed[s]) recipesA.push(Math.floor((planOpt[s] as number) / levels));
      for (let u = 0; u < recipesA.length; u++) {
        for (let v = u + 1; v < recipesA.length; v++) {
          if (recipesA[u] === recipesA[v] && !relaxed[recipesA[u] as number]) {
            stop = true;
            return false;
          }
        }
      }
    }
    for (let s = 0; s < iw; s++) {
      const o = indexed.opts[b * iw + s] as number;
      const r = Math.floor(o / levels);
      if (!relaxed[r] && recipesA.includes(r)) return true;
      planOpt[indexed.slots[s] as number] = o;
    }
    for (const [x, y] of crossMirrors) if ((planOpt[x] as number) > (planOpt[y] as number)) return true;
    const cost = curBase + d;
    if (cost >= below) return true;
    for (let s = 0; s < S; s++) outOpts.push(planOpt[s] as number);
    outCost.push(cost);
    if (outCost.length > input.maxPlans && !(input.keepCheapest && keepCheaperHalf())) {
      overflow = stop = true;
      return false;
    }
    return true;
  };
  // Drops the costlier half of the plans found and bounds the rest of the search below them.
  const keepCheaperHalf = (): boolean => {
    const order = Array.from(outCost.keys()).sort((x, y) => (outCost[x] as number) - (outCost[y] as number));
    below = outCost[order[order.length >> 1] as number] as number;
    const keep = order.filter((i) => (outCost[i] as number) < below).sort((x, y) => x - y);
    // Half the budget at one cost: no bound below it leaves any plan.
    if (keep.length === 0) return false;
    keep.forEach((i, j) => {
      outCost[j] = outCost[i] as number;
      for (let s = 0; s < S; s++) outOpts[j * S + s] = outOpts[i * S + s] as number;
    });
    outCost.length = keep.length;
    outOpts.length = keep.length * S;
    bound = Math.min(bound, below);
    return true;
  };
  const os = outer.sums;
  const qs = query.sums;
  if (tree && queryTree) {
    // Per outer entry, the (query, indexed) pairs come from one dual-tree search. A query entry's
    // pairs arrive in no particular order, so its own checks are redone when it comes back, and an
    // entry whose own recipes clash is marked (with the outer entry's stamp) and skipped.
    const skipped = new Int32Array(query.n);
    for (let oi = 0; oi < outer.n; oi++) {
      const ob = oi * DIMS;
      const oPen = outer.pen[oi] as number;
      const stamp = oi + 1;
      curOuter = oi;
      curQuery = -1;
      curBase = oPen;
      queryTree.forEachPairWithin(
        tree,
        1 - (os[ob] as number),
        1 - (os[ob + 1] as number),
        1 - (os[ob + 2] as number),
        1 - (os[ob + 3] as number),
        bound - oPen,
        (a, b, d) => {
          if (skipped[a] === stamp) return true;
          if (a !== curQuery) {
            for (const m of splitMirrors) {
              const ov = outer.opts[oi * ow + m.outerAt] as number;
              const qv = query.opts[a * qw + m.queryAt] as number;
              if (m.outerFirst ? ov > qv : qv > ov) {
                skipped[a] = stamp;
                return true;
              }
            }
            curQuery = a;
            prepared = false;
            stop = false;
          }
          if (take(b, d)) return true;
          if (overflow) return false;
          skipped[a] = stamp;
          return true;
        },
      );
      if (overflow) return null;
    }
    const rank = Float64Array.from(outCost);
    return { slots: S, count: outCost.length, options: Int32Array.from(outOpts), rank, cost: rank };
  }
  for (let oi = 0; oi < outer.n; oi++) {
    const ob = oi * DIMS;
    const o0 = 1 - (os[ob] as number);
    const o1 = 1 - (os[ob + 1] as number);
    const o2 = 1 - (os[ob + 2] as number);
    const o3 = 1 - (os[ob + 3] as number);
    const oPen = outer.pen[oi] as number;
    tuples: for (let a = 0; a < query.n; a++) {
      const budget = bound - oPen - (query.pen[a] as number);
      if (budget < 0) continue;
      for (const m of splitMirrors) {
        const ov = outer.opts[oi * ow + m.outerAt] as number;
        const qv = query.opts[a * qw + m.queryAt] as number;
        if (m.outerFirst ? ov > qv : qv > ov) continue tuples;
      }
      const qb = a * DIMS;
      const t0 = o0 - (qs[qb] as number);
      const t1 = o1 - (qs[qb + 1] as number);
      const t2 = o2 - (qs[qb + 2] as number);
      const t3 = o3 - (qs[qb + 3] as number);
      // No indexed entry lies outside the group's box, so its distance to the box is a lower bound.
      const reach =
        indexedMinPen +
        Math.max(0, (indexedLo[0] as number) - t0, t0 - (indexedHi[0] as number)) +
        Math.max(0, (indexedLo[1] as number) - t1, t1 - (indexedHi[1] as number)) +
        Math.max(0, (indexedLo[2] as number) - t2, t2 - (indexedHi[2] as number)) +
        Math.max(0, (indexedLo[3] as number) - t3, t3 - (indexedHi[3] as number));
      if (reach > budget) continue;
      curOuter = oi;
      curQuery = a;
      curBase = bound - budget;
      prepared = false;
      stop = false;
      const x0 = Math.max(0, Math.floor((t0 - budget - minX) / cell));
      const x1 = Math.min(nx - 1, Math.floor((t0 + budget - minX) / cell));
      const y0 = Math.max(0, Math.floor((t1 - budget - minY) / cell));
      const y1 = Math.min(ny - 1, Math.floor((t1 + budget - minY) / cell));
      for (let cx = x0; cx <= x1 && !stop; cx++) {
        // A column's cells y0..y1 are contiguous in the sorted copy.
        const end = y0 <= y1 ? (cellStart[cx * ny + y1 + 1] as number) : 0;
        for (let z = cellStart[cx * ny + y0] as number; z < end && !stop; z++) {
          const zb = z * DIMS;
          // Carbs first: the window already bounds kcal and protein, so carbs rejects most entries.
          const carbs = Math.abs((gx[zb + 2] as number) - t2);
          if (carbs > budget) continue;
          const d =
            (gPen[z] as number) +
            Math.abs((gx[zb] as number) - t0) +
            Math.abs((gx[zb + 1] as number) - t1) +
            carbs +
            Math.abs((gx[zb + 3] as number) - t3);
          if (d <= budget) take(gIdx[z] as number, d);
        }
      }
      if (overflow) return null;
    }
  }
  const rank = Float64Array.from(outCost);
  return { slots: S, count: outCost.length, options: Int32Array.from(outOpts), rank, cost: rank };
}
