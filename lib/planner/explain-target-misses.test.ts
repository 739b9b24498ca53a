import { describe, expect, it } from "vitest";
import { SEED_CATALOGUE } from "@/lib/catalogue/seed-catalogue";
import { ALLERGENS } from "@/lib/catalogue/types";
import { generateWeekPlan } from "./generate-week-plan";
import type { PlanRequest } from "./parse-plan-request";

const EFFORT = { workBudget: 20_000 };
const T = (kcal: number, proteinG: number, fatG: number) => ({
  kcal,
  proteinG,
  fatG,
  carbsG: Math.round((kcal - 4 * proteinG - 9 * fatG) / 4),
});

describe("unreachable targets are explained in the plan", () => {
  it("vegan without all eight allergens: protein is short, proven, with the numbers and what would help", () => {
    const request: PlanRequest = {
      targets: T(2000, 110, 70),
      diet: "vegan",
      snacks: 1,
      excludeAllergens: [...ALLERGENS],
    };
    const plan = generateWeekPlan(request, SEED_CATALOGUE, EFFORT);
    const protein = plan.targetMisses.find((m) => m.macro === "proteinG");
    expect(protein).toBeDefined();
    if (!protein) return;
    expect(protein.direction).toBe("under");
    expect(protein.meanDeviationPct).toBeLessThan(-5);
    expect(protein.daysOff).toBeGreaterThanOrEqual(2);
    // the bound holds for the plan the engine made: no day beats it
    expect(protein.bound?.against).toBe("kcal");
    const minimum = protein.bound?.minDeviationPct ?? 0;
    expect(minimum).toBeGreaterThan(5);
    for (const day of plan.days) {
      expect(Math.abs(day.deviationPct.proteinG) + Math.abs(day.deviationPct.kcal)).toBeGreaterThanOrEqual(
        minimum - 1e-6,
      );
    }
    expect(protein.reason).toMatch(/at most \d+\.\d g protein per 100 kcal/);
    expect(protein.reason).toMatch(/5\.5 g protein per 100 kcal \(110 g protein with 2000 kcal\)/);
    expect(protein.reason).toMatch(
      /only \d+ vegan \w+ without .* none has more than \d+ g protein a serving/,
    );
    expect(protein.helps.some((h) => /^allowing (nuts|soy)/.test(h))).toBe(true);
    expect(protein.helps.at(-1)).toMatch(/a protein target of at most \d+ g protein with 2000 kcal/);
    expect(protein.message).toMatch(/^Protein is \d+\.\d % under target on average/);
    expect(protein.message.length).toBeLessThan(1200);
  });

  it("says when the catalogue holds too few recipes on the right side of a target (vegan low carb)", () => {
    const plan = generateWeekPlan(
      { targets: T(1900, 130, 115), diet: "vegan", snacks: 1 },
      SEED_CATALOGUE,
      EFFORT,
    );
    const carbs = plan.targetMisses.find((m) => m.macro === "carbsG");
    expect(carbs?.direction).toBe("over");
    expect(carbs?.reason).toMatch(
      /vegan \w+ ha(s|ve) at most \d+\.\d g carbs per 100 kcal as your targets ask/,
    );
  });

  it("a size limit: even the largest meals cannot reach a very high energy target on three slots", () => {
    const plan = generateWeekPlan(
      { targets: T(6000, 200, 200), diet: "vegan", snacks: 0, excludeAllergens: ["soy", "nuts", "gluten"] },
      SEED_CATALOGUE,
      EFFORT,
    );
    const energy = plan.targetMisses.find((m) => m.macro === "kcal");
    expect(energy?.bound?.against).toBeNull();
    expect(energy?.reason).toMatch(
      /even the largest meals that fit \(2 servings each\) give at most \d+ kcal a day/,
    );
    expect(energy?.helps.join(" ")).toMatch(/a snack \(a fourth slot\)|servings above 2/);
  });

  it("is empty for a week within ±5 % every day", () => {
    const plan = generateWeekPlan({ targets: T(2200, 140, 75), diet: "omnivore", snacks: 1 }, SEED_CATALOGUE);
    expect(plan.score.daysWithin5Pct).toBe(7);
    expect(plan.targetMisses).toEqual([]);
  });
});
