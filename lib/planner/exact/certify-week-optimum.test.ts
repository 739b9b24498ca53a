import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findRuleViolations } from "../find-rule-violations";
import type { PlanRequest } from "../parse-plan-request";
import { LEVELS } from "../planning-context";
import { createRng } from "../rng";
import { optimiseWeek } from "../search/optimise-week";
import { startWeek, weekPlanOf } from "../start-week";
import { makeSyntheticCatalogue } from "../testing/synthetic-catalogue";
import { certifyWeekOptimum } from "./certify-week-optimum";
import { enumerateDayPlans } from "./enumerate-day-plans";

const EPS = 1e-9;

describe("enumerateDayPlans", () => {
  it("finds exactly the day plans a brute force finds under the bound (grid or kd-tree), or its cheapest ones", () => {
    const slotArb = fc.array(fc.integer({ min: 0, max: 11 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(slotArb, { minLength: 3, maxLength: 5 }),
        fc.double({ min: 0.05, max: 0.6, noNaN: true }),
        fc.integer(),
        fc.boolean(),
        fc.constantFrom("grid" as const, "tree" as const),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        (slots, bound, seed, priced, index, keep) => {
          const rng = createRng(seed);
          const recipes = 12;
          const optMacro = Float64Array.from({ length: recipes * LEVELS * 4 }, () => 0.1 + rng.next() * 0.4);
          const penalty = Float64Array.from({ length: recipes * LEVELS }, () =>
            rng.next() < 0.2 ? 0.02 : 0,
          );
          const spacingRelaxed = Uint8Array.from({ length: recipes }, (_, r) => (r === 0 ? 1 : 0));
          const slotOptions = slots.map((recipeIds) =>
            Int32Array.from(new Set(recipeIds.map((r) => r * LEVELS + (r % LEVELS)))),
          );
          // Priced days add a different non-negative price per slot and option (Lagrangian prices).
          const slotPenalty = slotOptions.map((list) =>
            Float64Array.from(list, (o) => (penalty[o] as number) + (priced ? rng.next() * 0.05 : 0)),
          );
          const found = enumerateDayPlans({
            slotOptions,
            optMacro,
            slotPenalty,
            spacingRelaxed,
            levels: LEVELS,
            bound,
            maxPlans: keep ?? 1e6,
            keepCheapest: keep !== undefined,
            index,
          });
          const expected: string[] = [];
          const costOf = new Map<string, number>();
          const walk = (k: number, chosen: number[]): void => {
            if (k === slotOptions.length) {
              let cost = 0;
              for (let m = 0; m < 4; m++)
                cost += Math.abs(chosen.reduce((s, o) => s + (optMacro[o * 4 + m] as number), 0) - 1);
              chosen.forEach((o, slot) => {
                const list = slotOptions[slot] as Int32Array;
                cost += (slotPenalty[slot] as Float64Array)[list.indexOf(o)] as number;
              });
              const recipesOf = chosen.map((o) => Math.floor(o / LEVELS));
              const clash = recipesOf.some((r, i) => recipesOf.indexOf(r) !== i && !spacingRelaxed[r]);
              // Sums in another order round differently: plans within EPS of the bound may go either way.
              if (!clash && cost <= bound + EPS) {
                expected.push(chosen.join(","));
                costOf.set(chosen.join(","), cost);
              }
              return;
            }
            for (const o of slotOptions[k] as Int32Array) walk(k + 1, [...chosen, o]);
          };
          walk(0, []);
          const got: string[] = [];
          for (let i = 0; i < (found?.count ?? 0); i++)
            got.push(
              Array.from(found?.options.subarray(i * slots.length, (i + 1) * slots.length) ?? []).join(","),
            );
          // Identical option lists with identical penalties keep one of each mirrored pair.
          const mirrored = slotOptions.some((a, i) =>
            slotOptions.some(
              (b, j) =>
                j > i &&
                a.join() === b.join() &&
                (slotPenalty[i] as Float64Array).join() === (slotPenalty[j] as Float64Array).join(),
            ),
          );
          for (const plan of got) expect(expected).toContain(plan);
          const required = expected.filter((plan) => (costOf.get(plan) as number) <= bound - EPS);
          const missing = required.filter((plan) => !got.includes(plan));
          if (keep !== undefined) {
            // The cheapest plans: none left out is cheaper than one kept (mirrors aside).
            expect(got.length).toBeLessThanOrEqual(keep);
            const kept = Math.max(-Infinity, ...got.map((plan) => costOf.get(plan) as number));
            if (!mirrored)
              for (const plan of missing) expect(costOf.get(plan)).toBeGreaterThanOrEqual(kept - EPS);
            if (!mirrored && required.length > 0) expect(got.length).toBeGreaterThan(0);
          } else if (mirrored) expect(new Set(got).size).toBeLessThanOrEqual(expected.length);
          else expect(missing).toEqual([]);
        },
      ),
      { numRuns: 160, seed: 3 },
    );
  });
});

describe("certifyWeekOptimum", () => {
  it("certifies a week no worse than the heuristic's, and the week obeys the rules", async () => {
    const catalogue = makeSyntheticCatalogue({ size: 70, seed: 21 });
    const request: PlanRequest = {
      targets: { kcal: 2000, proteinG: 90, carbsG: 250, fatG: 70 },
      diet: "vegetarian",
      seed: 4,
    };
    const start = startWeek(request, catalogue);
    const { st } = start;
    optimiseWeek(st, start.rng, { workBudget: 20_000 });
    const heuristic = st.weekCost();
    const result = await certifyWeekOptimum(st, { timeLimitSec: 20 });
    expect(result.status).toBe("certified");
    expect(result.cost).toBeLessThanOrEqual(heuristic + 1e-12);
    expect(result.lowerBound).toBe(result.cost);
    const plan = weekPlanOf(start, result.opt);
    expect(plan.score.meanAbsDeviationPct).toBeCloseTo((100 * result.cost) / 28, 9);
    expect(findRuleViolations(plan, request, catalogue)).toEqual([]);
  }, 30_000);
});

describe("certifyWeekOptimum on a thin catalogue", () => {
  // 60 synthetic recipes, vegan: the few recipes that fit are wanted on every day, so the week
  // optimum sits far above the sum of the days' own optima.
  const catalogue = makeSyntheticCatalogue({ size: 60, seed: 1 });
  const request: PlanRequest = {
    targets: { kcal: 2000, proteinG: 110, carbsG: 210, fatG: 75 },
    diet: "vegan",
    snacks: 1,
  };
  const heuristicWeek = (seed: number, workBudget: number) => {
    const { st, rng } = startWeek({ ...request, seed }, catalogue);
    optimiseWeek(st, rng, { workBudget });
    return st;
  };

  it("certifies through the Lagrangian bound where the day optima alone are far too low", async () => {
    const st = heuristicWeek(4, 20_000);
    const result = await certifyWeekOptimum(st, { timeLimitSec: 20 });
    expect(result.status).toBe("certified");
    expect(result.dayOptimaBound).toBeLessThan(result.cost / 2);
    expect(result.lagrangianBound).toBeGreaterThan(result.dayOptimaBound);
    expect(result.lagrangianBound).toBeLessThanOrEqual(result.cost + 1e-9);
    expect(result.lowerBound).toBe(result.cost);
  }, 30_000);

  it("past its model budget returns the best week known with a bound that holds", async () => {
    const optimum = (await certifyWeekOptimum(heuristicWeek(4, 20_000), { timeLimitSec: 20 })).cost;
    const st = heuristicWeek(4, 20_000);
    const capped = await certifyWeekOptimum(st, { maxColumns: 7, timeLimitSec: 20 });
    expect(capped.status).toBe("bound-only");
    expect(capped.cost).toBeLessThanOrEqual(st.weekCost() + 1e-12);
    expect(capped.cost).toBeGreaterThanOrEqual(optimum - 1e-9);
    expect(capped.lowerBound).toBeLessThanOrEqual(optimum + 1e-9);
    expect(capped.lowerBound).toBeGreaterThanOrEqual(capped.dayOptimaBound - 1e-12);
  }, 30_000);

  it("is never beaten by a week the heuristic finds from any seed", async () => {
    const optimum = (await certifyWeekOptimum(heuristicWeek(4, 20_000), { timeLimitSec: 20 })).cost;
    for (let seed = 0; seed < 12; seed++) {
      expect(heuristicWeek(seed, 400_000).weekCost()).toBeGreaterThanOrEqual(optimum - 1e-9);
    }
  }, 30_000);
});
