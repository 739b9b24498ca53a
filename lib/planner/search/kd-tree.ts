/** Decides whether an option may be used in the move being evaluated. */
export interface OptionFilter {
  allows(option: number): boolean;
}

const DIMS = 4;
const LEAF_SIZE = 4;

/**
 * An optional surcharge on top of the L1 distance: `weight` per unit by which any coordinate's
 * distance exceeds `limit` (a day-macro beyond ±5 %). The L1 bounds stay valid lower bounds.
 */
export interface MissCost {
  weight: number;
  limit: number;
}

export const NO_MISS_COST: MissCost = { weight: 0, limit: 0 };

/** The surcharge of the point at `pts[at…at+3]` for the query (q0, q1, q2, q3). */
function missSurcharge(
  pts: Float64Array,
  at: number,
  q0: number,
  q1: number,
  q2: number,
  q3: number,
  miss: MissCost,
): number {
  const l = miss.limit;
  return (
    miss.weight *
    (Math.max(0, Math.abs((pts[at] as number) - q0) - l) +
      Math.max(0, Math.abs((pts[at + 1] as number) - q1) - l) +
      Math.max(0, Math.abs((pts[at + 2] as number) - q2) - l) +
      Math.max(0, Math.abs((pts[at + 3] as number) - q3) - l))
  );
}

/**
 * Nearest option to a point in L1 distance (plus a per-option penalty), among options a filter
 * allows. A pair move asks "which option best fills the rest of this day?" hundreds of times, and
 * the L1 distance to the residual is exactly the day's deviation cost, so the answer is exact.
 */
export class KdTree {
  readonly size: number;
  readonly ids: Int32Array;
  readonly pts: Float64Array;
  /** penalty per point in tree order: the option's own, plus any extra set for one move */
  readonly pen: Float64Array;
  private readonly ownPen: Float64Array;
  private extraSet = false;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** smallest option penalty under each node */
  readonly minPen: Float64Array;
  private nodeCount = 0;
  private readonly stackNode = new Int32Array(128);
  private readonly stackBound = new Float64Array(128);
  /** distance of the last successful `nearest` */
  lastDistance = Infinity;

  constructor(options: Int32Array, macro: Float64Array, penalty: Float64Array) {
    const n = options.length;
    this.size = n;
    // Median splits leave at least one option per leaf, so n + 2 nodes always suffice.
    const maxNodes = n + 2;
    this.lo = new Float64Array(maxNodes * DIMS);
    this.hi = new Float64Array(maxNodes * DIMS);
    this.start = new Int32Array(maxNodes);
    this.end = new Int32Array(maxNodes);
    this.left = new Int32Array(maxNodes).fill(-1);
    this.right = new Int32Array(maxNodes).fill(-1);
    this.minPen = new Float64Array(maxNodes);
    this.ids = Int32Array.from(options);
    this.pts = new Float64Array(n * DIMS);
    for (let i = 0; i < n; i++) {
      const o = options[i] as number;
      for (let m = 0; m < DIMS; m++) this.pts[i * DIMS + m] = macro[o * DIMS + m] as number;
    }
    this.build(0, n);
    this.pen = new Float64Array(n);
    for (let i = 0; i < n; i++) this.pen[i] = penalty[this.ids[i] as number] as number;
    this.ownPen = Float64Array.from(this.pen);
    this.refreshMinPen();
  }

  private swap(a: number, b: number): void {
    const ids = this.ids;
    const pts = this.pts;
    const t = ids[a] as number;
    ids[a] = ids[b] as number;
    ids[b] = t;
    for (let m = 0; m < DIMS; m++) {
      const v = pts[a * DIMS + m] as number;
      pts[a * DIMS + m] = pts[b * DIMS + m] as number;
      pts[b * DIMS + m] = v;
    }
  }

  /** Whether point a sorts before b on the axis (ties by option id, so every run builds the same tree). */
  private before(a: number, b: number, axis: number): boolean {
    const ka = this.pts[a * DIMS + axis] as number;
    const kb = this.pts[b * DIMS + axis] as number;
    return ka < kb || (ka === kb && (this.ids[a] as number) < (this.ids[b] as number));
  }

  /** Hoare selection: puts the k-th point of [lo0, hi0] on the axis at k, smaller ones before. */
  private select(lo0: number, hi0: number, k: number, axis: number): void {
    let lo = lo0;
    let hi = hi0;
    while (hi > lo) {
      const mid = (lo + hi) >> 1;
      if (this.before(mid, lo, axis)) this.swap(mid, lo);
      if (this.before(hi, lo, axis)) this.swap(hi, lo);
      if (this.before(mid, hi, axis)) this.swap(mid, hi);
      let store = lo;
      for (let i = lo; i < hi; i++) {
        if (this.before(i, hi, axis)) {
          this.swap(i, store);
          store++;
        }
      }
      this.swap(store, hi);
      if (store === k) return;
      if (store < k) lo = store + 1;
      else hi = store - 1;
    }
  }

  private build(from: number, to: number): number {
    const node = this.nodeCount++;
    this.start[node] = from;
    this.end[node] = to;
    let bestAxis = 0;
    let bestSpread = -1;
    for (let m = 0; m < DIMS; m++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = from; i < to; i++) {
        const v = this.pts[i * DIMS + m] as number;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      this.lo[node * DIMS + m] = lo;
      this.hi[node * DIMS + m] = hi;
      if (hi - lo > bestSpread) {
        bestSpread = hi - lo;
        bestAxis = m;
      }
    }
    if (to - from > LEAF_SIZE) {
      const mid = (from + to) >> 1;
      this.select(from, to - 1, mid, bestAxis);
      this.left[node] = this.build(from, mid);
      this.right[node] = this.build(mid, to);
    }
    return node;
  }

  private refreshMinPen(): void {
    // Children always have larger indices than their parent, so one reverse sweep suffices.
    for (let node = this.nodeCount - 1; node >= 0; node--) {
      const l = this.left[node] as number;
      if (l >= 0) {
        this.minPen[node] = Math.min(
          this.minPen[l] as number,
          this.minPen[this.right[node] as number] as number,
        );
        continue;
      }
      let min = Infinity;
      for (let i = this.start[node] as number; i < (this.end[node] as number); i++)
        min = Math.min(min, this.pen[i] as number);
      this.minPen[node] = Number.isFinite(min) ? min : 0;
    }
  }

  /** Adds a per-option cost for the next searches (a leftover dinner's cost on the next day). */
  setExtraPenalty(extraByOption: (option: number) => number): void {
    for (let i = 0; i < this.size; i++) {
      this.pen[i] = (this.ownPen[i] as number) + extraByOption(this.ids[i] as number);
    }
    this.extraSet = true;
    this.refreshMinPen();
  }

  clearExtraPenalty(): void {
    if (!this.extraSet) return;
    this.pen.set(this.ownPen);
    this.extraSet = false;
    this.refreshMinPen();
  }

  private boxDistance(node: number, q: Float64Array): number {
    let d = 0;
    const base = node * DIMS;
    for (let m = 0; m < DIMS; m++) {
      const v = q[m] as number;
      const lo = this.lo[base + m] as number;
      if (v < lo) d += lo - v;
      else {
        const hi = this.hi[base + m] as number;
        if (v > hi) d += v - hi;
      }
    }
    return d;
  }

  /** Best allowed option strictly below `bound`, or -1; its distance is left in lastDistance. */
  nearest(q: Float64Array, bound: number, filter: OptionFilter, miss: MissCost = NO_MISS_COST): number {
    if (this.size === 0) return -1;
    let best = bound;
    let bestId = -1;
    let top = 0;
    const rootBound = this.boxDistance(0, q);
    if (rootBound >= best) return -1;
    this.stackNode[top] = 0;
    this.stackBound[top++] = rootBound;
    const q0 = q[0] as number;
    const q1 = q[1] as number;
    const q2 = q[2] as number;
    const q3 = q[3] as number;
    while (top > 0) {
      top--;
      const node = this.stackNode[top] as number;
      if ((this.stackBound[top] as number) >= best) continue;
      const l = this.left[node] as number;
      if (l < 0) {
        const to = this.end[node] as number;
        for (let i = this.start[node] as number; i < to; i++) {
          const b = i * DIMS;
          let d = (this.pen[i] as number) + Math.abs((this.pts[b] as number) - q0);
          if (d >= best) continue;
          d += Math.abs((this.pts[b + 1] as number) - q1);
          if (d >= best) continue;
          d += Math.abs((this.pts[b + 2] as number) - q2) + Math.abs((this.pts[b + 3] as number) - q3);
          if (d >= best) continue;
          if (miss.weight > 0) {
            d += missSurcharge(this.pts, b, q0, q1, q2, q3, miss);
            if (d >= best) continue;
          }
          const id = this.ids[i] as number;
          if (!filter.allows(id)) continue;
          best = d;
          bestId = id;
        }
        continue;
      }
      const r = this.right[node] as number;
      const dl = this.boxDistance(l, q);
      const dr = this.boxDistance(r, q);
      // Push the farther child first so the nearer one is explored first.
      if (dl <= dr) {
        if (dr < best) {
          this.stackNode[top] = r;
          this.stackBound[top++] = dr;
        }
        if (dl < best) {
          this.stackNode[top] = l;
          this.stackBound[top++] = dl;
        }
      } else {
        if (dl < best) {
          this.stackNode[top] = l;
          this.stackBound[top++] = dl;
        }
        if (dr < best) {
          this.stackNode[top] = r;
          this.stackBound[top++] = dr;
        }
      }
    }
    if (bestId >= 0) this.lastDistance = best;
    return bestId;
  }
}

/** Decides which pairs a pair move may use: the first option alone, then the second given the first. */
export interface PairFilter {
  allowsFirst(option: number): boolean;
  allowsSecond(first: number, second: number): boolean;
}

export interface PairResult {
  first: number;
  second: number;
  distance: number;
}

/**
 * Search effort, counted in node pairs and leaf evaluations. Deterministic for given inputs, so a
 * budget in work units keeps plans reproducible where a wall-clock budget would not.
 */
export class WorkMeter {
  units = 0;
}

const PAIR_STACK = 512;
const pairStackA = new Int32Array(PAIR_STACK);
const pairStackB = new Int32Array(PAIR_STACK);
const pairStackBound = new Float64Array(PAIR_STACK);

/** L1 distance from the target to the box of all sums a + b with a in node i of A, b in node j of B. */
function sumBoxDistance(A: KdTree, i: number, B: KdTree, j: number, target: Float64Array): number {
  let d = (A.minPen[i] as number) + (B.minPen[j] as number);
  const bi = i * DIMS;
  const bj = j * DIMS;
  for (let m = 0; m < DIMS; m++) {
    const t = target[m] as number;
    const lo = (A.lo[bi + m] as number) + (B.lo[bj + m] as number);
    if (t < lo) d += lo - t;
    else {
      const hi = (A.hi[bi + m] as number) + (B.hi[bj + m] as number);
      if (t > hi) d += t - hi;
    }
  }
  return d;
}

/**
 * The pair (a in A, b in B) whose sum is closest to `target` in L1 (plus penalties), strictly below
 * `bound`. A dual-tree search: node pairs whose sum box is already farther than the best pair found
 * are never opened, so near a good day almost the whole product space is skipped. With `slack` > 1
 * the search is near-exact: it also skips node pairs whose bound is within that factor of the best,
 * but never more than `slackCap` below it.
 */
export function nearestPair(
  A: KdTree,
  B: KdTree,
  target: Float64Array,
  bound: number,
  filter: PairFilter,
  slack: number,
  slackCap: number,
  meter: WorkMeter,
  miss: MissCost = NO_MISS_COST,
): PairResult | null {
  if (A.size === 0 || B.size === 0) return null;
  let work = 0;
  let best = bound;
  let bestA = -1;
  let bestB = -1;
  let top = 0;
  const rootBound = sumBoxDistance(A, 0, B, 0, target);
  if (rootBound >= best) return null;
  pairStackA[top] = 0;
  pairStackB[top] = 0;
  pairStackBound[top++] = rootBound;
  const t0 = target[0] as number;
  const t1 = target[1] as number;
  const t2 = target[2] as number;
  const t3 = target[3] as number;
  let cut = Math.max(best / slack, best - slackCap);
  while (top > 0) {
    top--;
    const na = pairStackA[top] as number;
    const nb = pairStackB[top] as number;
    if ((pairStackBound[top] as number) >= cut) continue;
    work++;
    const la = A.left[na] as number;
    const lb = B.left[nb] as number;
    if (la < 0 && lb < 0) {
      const aEnd = A.end[na] as number;
      const bStart = B.start[nb] as number;
      const bEnd = B.end[nb] as number;
      for (let x = A.start[na] as number; x < aEnd; x++) {
        const ax = x * DIMS;
        const r0 = t0 - (A.pts[ax] as number);
        const r1 = t1 - (A.pts[ax + 1] as number);
        const r2 = t2 - (A.pts[ax + 2] as number);
        const r3 = t3 - (A.pts[ax + 3] as number);
        const pa = A.pen[x] as number;
        let checkedA = false;
        for (let y = bStart; y < bEnd; y++) {
          const by = y * DIMS;
          let d = pa + (B.pen[y] as number) + Math.abs((B.pts[by] as number) - r0);
          if (d >= best) continue;
          d += Math.abs((B.pts[by + 1] as number) - r1);
          if (d >= best) continue;
          d += Math.abs((B.pts[by + 2] as number) - r2) + Math.abs((B.pts[by + 3] as number) - r3);
          if (d >= best) continue;
          if (miss.weight > 0) {
            d += missSurcharge(B.pts, by, r0, r1, r2, r3, miss);
            if (d >= best) continue;
          }
          const ida = A.ids[x] as number;
          if (!checkedA) {
            if (!filter.allowsFirst(ida)) break;
            checkedA = true;
          }
          const idb = B.ids[y] as number;
          if (!filter.allowsSecond(ida, idb)) continue;
          best = d;
          cut = Math.max(best / slack, best - slackCap);
          bestA = ida;
          bestB = idb;
        }
      }
      continue;
    }
    // Open the bigger node; visit the closer child pair first.
    let c1a = na;
    let c1b = nb;
    let c2a = na;
    let c2b = nb;
    if (
      lb < 0 ||
      (la >= 0 &&
        (A.end[na] as number) - (A.start[na] as number) >= (B.end[nb] as number) - (B.start[nb] as number))
    ) {
      c1a = la;
      c2a = A.right[na] as number;
    } else {
      c1b = lb;
      c2b = B.right[nb] as number;
    }
    const d1 = sumBoxDistance(A, c1a, B, c1b, target);
    const d2 = sumBoxDistance(A, c2a, B, c2b, target);
    if (top + 2 > PAIR_STACK) continue;
    if (d1 <= d2) {
      if (d2 < cut) {
        pairStackA[top] = c2a;
        pairStackB[top] = c2b;
        pairStackBound[top++] = d2;
      }
      if (d1 < cut) {
        pairStackA[top] = c1a;
        pairStackB[top] = c1b;
        pairStackBound[top++] = d1;
      }
    } else {
      if (d1 < cut) {
        pairStackA[top] = c1a;
        pairStackB[top] = c1b;
        pairStackBound[top++] = d1;
      }
      if (d2 < cut) {
        pairStackA[top] = c2a;
        pairStackB[top] = c2b;
        pairStackBound[top++] = d2;
      }
    }
  }
  meter.units += work;
  return bestA >= 0 ? { first: bestA, second: bestB, distance: best } : null;
}
