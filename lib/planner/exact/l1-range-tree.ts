const DIMS = 4;
const LEAF = 8;

/**
 * A static kd-tree over 4-macro points with a penalty each, for "every point within an L1 budget
 * of t". The day-plan enumeration uses it where the budget is wide (thin catalogues, far from
 * target): there a grid window covers nearly the whole group, while the tree opens only the boxes
 * whose L1 distance plus least penalty is within the budget.
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
  private readonly stack: Int32Array;

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
    this.stack = new Int32Array(128);
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
   * Calls visit(point, distance) for every point whose L1 distance to t plus penalty is at most
   * `budget`; stops early when visit returns false.
   */
  forEachWithin(
    t0: number,
    t1: number,
    t2: number,
    t3: number,
    budget: number,
    visit: (point: number, distance: number) => boolean,
  ): void {
    const { lo, hi, minPen, left, sums, pen, order, stack } = this;
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const node = stack[--top] as number;
      const b = node * DIMS;
      const reach =
        (minPen[node] as number) +
        Math.max(0, (lo[b] as number) - t0, t0 - (hi[b] as number)) +
        Math.max(0, (lo[b + 1] as number) - t1, t1 - (hi[b + 1] as number)) +
        Math.max(0, (lo[b + 2] as number) - t2, t2 - (hi[b + 2] as number)) +
        Math.max(0, (lo[b + 3] as number) - t3, t3 - (hi[b + 3] as number));
      if (reach > budget) continue;
      const child = left[node] as number;
      if (child >= 0) {
        stack[top++] = child;
        stack[top++] = child + 1;
        continue;
      }
      const end = this.to[node] as number;
      for (let z = this.from[node] as number; z < end; z++) {
        const i = order[z] as number;
        const ib = i * DIMS;
        const d =
          (pen[i] as number) +
          Math.abs((sums[ib] as number) - t0) +
          Math.abs((sums[ib + 1] as number) - t1) +
          Math.abs((sums[ib + 2] as number) - t2) +
          Math.abs((sums[ib + 3] as number) - t3);
        if (d <= budget && !visit(i, d)) return;
      }
    }
  }
}
