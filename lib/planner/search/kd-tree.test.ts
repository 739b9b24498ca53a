import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KdTree, WorkMeter, nearestPair } from "./kd-tree";

const point = fc.tuple(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

function setup(points: [number, number, number, number][], penalties: number[]) {
  const macro = Float64Array.from(points.flat());
  const penalty = Float64Array.from(points.map((_, i) => penalties[i % penalties.length] ?? 0));
  return { macro, penalty, ids: Int32Array.from(points.map((_, i) => i)) };
}

const l1 = (macro: Float64Array, o: number, q: readonly number[]): number =>
  q.reduce((s, v, m) => s + Math.abs((macro[o * 4 + m] as number) - v), 0);

describe("KdTree", () => {
  it("nearest finds the brute-force best allowed option", () => {
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 60 }),
        point,
        fc.array(fc.double({ min: 0, max: 0.3, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (points, q, pens) => {
          const { macro, penalty, ids } = setup(points, pens);
          const tree = new KdTree(ids, macro, penalty);
          const allowed = (o: number) => o % 3 !== 1;
          const found = tree.nearest(Float64Array.from(q), Infinity, { allows: allowed });
          let best = Infinity;
          for (const o of ids)
            if (allowed(o)) best = Math.min(best, l1(macro, o, q) + (penalty[o] as number));
          if (!Number.isFinite(best)) expect(found).toBe(-1);
          else expect(tree.lastDistance).toBeCloseTo(best, 12);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });

  it("nearestPair finds the brute-force best allowed pair: exactly with slack 1, within slack and cap otherwise", () => {
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 30 }),
        fc.array(point, { minLength: 1, maxLength: 30 }),
        point,
        fc.constantFrom({ slack: 1, cap: 0 }, { slack: 1.3, cap: 0.05 }),
        (a, b, q, { slack, cap }) => {
          const A = setup(a, [0]);
          const B = setup(b, [0.01, 0]);
          const filter = {
            allowsFirst: (o: number) => o % 4 !== 0,
            allowsSecond: (first: number, second: number) => (first + second) % 5 !== 0,
          };
          const target = Float64Array.from(q.map((v) => 2 * v));
          const found = nearestPair(
            new KdTree(A.ids, A.macro, A.penalty),
            new KdTree(B.ids, B.macro, B.penalty),
            target,
            Infinity,
            filter,
            slack,
            cap,
            new WorkMeter(),
          );
          let best = Infinity;
          for (const x of A.ids) {
            if (!filter.allowsFirst(x)) continue;
            for (const y of B.ids) {
              if (!filter.allowsSecond(x, y)) continue;
              let d = B.penalty[y] as number;
              for (let m = 0; m < 4; m++)
                d += Math.abs(
                  (A.macro[x * 4 + m] as number) + (B.macro[y * 4 + m] as number) - (target[m] as number),
                );
              best = Math.min(best, d);
            }
          }
          if (!Number.isFinite(best)) expect(found).toBeNull();
          else if (slack === 1) expect(found?.distance).toBeCloseTo(best, 12);
          else {
            // A skipped node pair's bound was within both the factor and the cap of the best then.
            expect(found?.distance ?? Infinity).toBeLessThanOrEqual(
              Math.min(best * slack, best + cap) + 1e-12,
            );
            expect(found?.distance ?? Infinity).toBeGreaterThanOrEqual(best - 1e-12);
          }
        },
      ),
      { numRuns: 120, seed: 8 },
    );
  });
});
