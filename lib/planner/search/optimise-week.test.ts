import { describe, expect, it } from "vitest";
import { SEED_CATALOGUE } from "@/lib/catalogue/seed-catalogue";
import { findRuleViolations } from "../find-rule-violations";
import { generateWeekPlan } from "../generate-week-plan";
import type { PlanRequest } from "../parse-plan-request";
import { MACROS } from "../planning-context";
import { startWeek, weekPlanOf } from "../start-week";
import { makeSyntheticCatalogue } from "../testing/synthetic-catalogue";
import { DAYS_PER_WEEK } from "../types";
import { optimiseWeek } from "./optimise-week";

// Thin: few vegan recipes fit, so weeks miss ±5 % after the first pass and take the extension
// (swaps across days, relocations, the near-miss surcharge).
const THIN = makeSyntheticCatalogue({ size: 60, seed: 1 });
const THIN_REQUEST: PlanRequest = {
  targets: { kcal: 2000, proteinG: 110, carbsG: 210, fatG: 75 },
  diet: "vegan",
  snacks: 1,
};

describe("optimiseWeek on thin catalogues", () => {
  it("keeps every rule through the extension's swaps and relocations", () => {
    for (let seed = 0; seed < 12; seed++) {
      const request = { ...THIN_REQUEST, seed };
      const plan = generateWeekPlan(request, THIN);
      expect(findRuleViolations(plan, request, THIN)).toEqual([]);
    }
  });

  it("hands back plain day costs: the near-miss surcharge is off once it returns", () => {
    for (let seed = 0; seed < 6; seed++) {
      const start = startWeek({ ...THIN_REQUEST, seed }, THIN);
      const { st } = start;
      optimiseWeek(st, start.rng);
      expect(st.miss.weight).toBe(0);
      for (let d = 0; d < DAYS_PER_WEEK; d++) {
        let plain = st.dayPen[d] as number;
        for (let m = 0; m < MACROS; m++) plain += Math.abs((st.dayTot[d * MACROS + m] as number) - 1);
        expect(st.dayCost[d]).toBeCloseTo(plain, 12);
      }
      const plan = weekPlanOf(start, st.opt);
      expect(plan.score.meanAbsDeviationPct).toBeCloseTo((100 * st.weekCost()) / 28, 9);
    }
  });

  it("brings near-miss vegan weeks within ±5 % on every day (the seed catalogue's hardest profile)", () => {
    // vegan-hp-2500-5 of the benchmark: its certified optimum has 7/7 days within ±5 %; without
    // the surcharge 88 % of days were.
    const request: PlanRequest = {
      targets: { kcal: 2500, proteinG: 150, carbsG: 295, fatG: 80 },
      diet: "vegan",
      snacks: 2,
    };
    let within = 0;
    const seeds = 10;
    for (let seed = 0; seed < seeds; seed++) {
      within += generateWeekPlan({ ...request, seed }, SEED_CATALOGUE).score.daysWithin5Pct;
    }
    expect(within / (seeds * DAYS_PER_WEEK)).toBeGreaterThanOrEqual(0.97);
  });
});
