const DIMS = 4;
const LEAF = 8;

/**
 * A static kd-tree over 4-macro points with a penalty each, for "every pair of points, one from
 * each of two trees, whose sum lies within an L1 budget of t". The day-plan enumeration uses it
 * where the budget is wide (thin catalogues, far from target): there a grid window covers nearly
 * the whole indexed group, and even one tree descent per query entry costs seconds, while the
 * dual-tree search opens only the pairs of boxes whose sum box is within the budget.
 */
export class L1RangeTree {
  /** point indices, in leaf order */
  readonly order: Int32Array;
  private readonly lo: Float64Array;
  private readonly hi: Float64Array;
  private readonly minPen: Float64Array;
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  /** left child; the right child is left + 1 (children are allocated in pairs); -1 for a leaf */
  private readonly left: Int32Array;
  private nodes = 0;
  private pairStack = new Int32Array(256);

  constructor(
    private readonly sums: Float64Array,
    private readonly pen: Float64Array,
    n: number,
  ) {
    this.order = Int32Array.from({ length: n }, (_, i) => i);
    // Leaves hold at least LEAF / 2 points, so there are fewer than n / 2 nodes.
    const capacity = n + 8;
    this.lo = new Float64Array(capacity * DIMS);
    this.hi = new Float64Array(capacity * DIMS);
    this.minPen = new Float64Array(capacity);
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.left = new Int32Array(capacity).fill(-1);
    const root = this.nodes++;
    this.build(root, 0, n);
  }

  private build(node: number, from: number, to: number): void {
    this.from[node] = from;
    this.to[node] = to;
    let minPen = Infinity;
    for (let m = 0; m < DIMS; m++) {
      this.lo[node * DIMS + m] = Infinity;
      this.hi[node * DIMS + m] = -Infinity;
    }
    for (let z = from; z < to; z++) {
      const i = this.order[z] as number;
      minPen = Math.min(minPen, this.pen[i] as number);
      for (let m = 0; m < DIMS; m++) {
        const v = this.sums[i * DIMS + m] as number;
        if (v < (this.lo[node * DIMS + m] as number)) this.lo[node * DIMS + m] = v;
        if (v > (this.hi[node * DIMS + m] as number)) this.hi[node * DIMS + m] = v;
      }
    }
    this.minPen[node] = minPen;
    if (to - from <= LEAF) return;
    let dim = 0;
    let widest = -1;
    for (let m = 0; m < DIMS; m++) {
      const w = (this.hi[node * DIMS + m] as number) - (this.lo[node * DIMS + m] as number);
      if (w > widest) {
        widest = w;
        dim = m;
      }
    }
    if (widest <= 0) return;
    const mid = (from + to) >> 1;
    this.select(from, to - 1, mid, dim);
    const left = this.nodes;
    this.nodes += 2;
    this.left[node] = left;
    this.build(left, from, mid);
    this.build(left + 1, mid, to);
  }

  /** Quickselect: order[k] gets the point of rank k on `dim` within order[l..r]. */
  private select(l: number, r: number, k: number, dim: number): void {
    const order = this.order;
    const key = (z: number): number => this.sums[(order[z] as number) * DIMS + dim] as number;
    while (l < r) {
      const pivot = key((l + r) >> 1);
      let i = l;
      let j = r;
      while (i <= j) {
        while (key(i) < pivot) i++;
        while (key(j) > pivot) j--;
        if (i <= j) {
          const x = order[i] as number;
          order[i] = order[j] as number;
          order[j] = x;
          i++;
          j--;
        }
      }
      if (k <= j) r = j;
      else if (k >= i) l = i;
      else return;
    }
  }

  /**
   * Calls visit(p, q, distance) for every point p of this tree and q of `other` whose sum lies
   * within an L1 budget of t, both penalties counted: |t − s_p − s_q|₁ + pen_p + pen_q ≤ budget.
   * Pairs of boxes are opened only while the box of their sums can be within the budget (a dual-tree
   * search), so where few pairs qualify most points of this tree cost a share of one box test instead
   * of a descent of `other` each. Stops when visit returns false.
   */
  forEachPairWithin(
    other: L1RangeTree,
    t0: number,
    t1: number,
    t2: number,
    t3: number,
    budget: number,
    visit: (p: number, q: number, distance: number) => boolean,
  ): void {
    const b = other;
    let stack = this.pairStack;
    let top = 0;
    stack[top++] = 0;
    stack[top++] = 0;
    while (top > 0) {
      const nb = stack[--top] as number;
      const na = stack[--top] as number;
      const ab = na * DIMS;
      const bb = nb * DIMS;
      const reach =
        (this.minPen[na] as number) +
        (b.minPen[nb] as number) +
        Math.max(
          0,
          (this.lo[ab] as number) + (b.lo[bb] as number) - t0,
          t0 - (this.hi[ab] as number) - (b.hi[bb] as number),
        ) +
        Math.max(
          0,
          (this.lo[ab + 1] as number) + (b.lo[bb + 1] as number) - t1,
          t1 - (this.hi[ab + 1] as number) - (b.hi[bb + 1] as number),
        ) +
        Math.max(
          0,
          (this.lo[ab + 2] as number) + (b.lo[bb + 2] as number) - t2,
          t2 - (this.hi[ab + 2] as number) - (b.hi[bb + 2] as number),
        ) +
        Math.max(
          0,
          (this.lo[ab + 3] as number) + (b.lo[bb + 3] as number) - t3,
          t3 - (this.hi[ab + 3] as number) - (b.hi[bb + 3] as number),
        );
      if (reach > budget) continue;
      const ca = this.left[na] as number;
      const cb = b.left[nb] as number;
      if (ca < 0 && cb < 0) {
        const endA = this.to[na] as number;
        const fromB = b.from[nb] as number;
        const endB = b.to[nb] as number;
        for (let z = this.from[na] as number; z < endA; z++) {
          const i = this.order[z] as number;
          const ib = i * DIMS;
          const r0 = t0 - (this.sums[ib] as number);
          const r1 = t1 - (this.sums[ib + 1] as number);
          const r2 = t2 - (this.sums[ib + 2] as number);
          const r3 = t3 - (this.sums[ib + 3] as number);
          const left = budget - (this.pen[i] as number);
          // The other leaf's box seen from this point: all its points are skipped at once when too far.
          const leafReach =
            (b.minPen[nb] as number) +
            Math.max(0, (b.lo[bb] as number) - r0, r0 - (b.hi[bb] as number)) +
            Math.max(0, (b.lo[bb + 1] as number) - r1, r1 - (b.hi[bb + 1] as number)) +
            Math.max(0, (b.lo[bb + 2] as number) - r2, r2 - (b.hi[bb + 2] as number)) +
            Math.max(0, (b.lo[bb + 3] as number) - r3, r3 - (b.hi[bb + 3] as number));
          if (leafReach > left) continue;
          for (let w = fromB; w < endB; w++) {
            const j = b.order[w] as number;
            const jb = j * DIMS;
            const d =
              (b.pen[j] as number) +
              Math.abs((b.sums[jb] as number) - r0) +
              Math.abs((b.sums[jb + 1] as number) - r1) +
              Math.abs((b.sums[jb + 2] as number) - r2) +
              Math.abs((b.sums[jb + 3] as number) - r3);
            if (d <= left && !visit(i, j, d + (this.pen[i] as number))) return;
          }
        }
        continue;
      }
      if (top + 4 > stack.length) {
        const grown = new Int32Array(stack.length * 2);
        grown.set(stack);
        stack = this.pairStack = grown;
      }
      // Open the larger box: both shrink at about the same rate, which keeps the search balanced.
      const sizeA = (this.to[na] as number) - (this.from[na] as number);
      const sizeB = (b.to[nb] as number) - (b.from[nb] as number);
      if (cb < 0 || (ca >= 0 && sizeA >= sizeB)) {
        stack[top++] = ca;
        stack[top++] = nb;
        stack[top++] = ca + 1;
        stack[top++] = nb;
      } else {
        stack[top++] = na;
        stack[top++] = cb;
        stack[top++] = na;
        stack[top++] = cb + 1;
      }
    }
  }
}
