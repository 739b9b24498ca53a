import { describe, expect, it } from "vitest";
import { summariseDays } from "@/lib/plans/summarise-days";

const targets = { kcal: 2000, proteinG: 100, carbsG: 250, fatG: 70 };

describe("summariseDays", () => {
  it("totals each day, signs the deviation and counts days within ±5 % on every macro", () => {
    const meals = [
      // Monday exactly on target in two meals.
      { dayIndex: 0, kcal: 1000, proteinG: 50, carbsG: 125, fatG: 35 },
      { dayIndex: 0, kcal: 1000, proteinG: 50, carbsG: 125, fatG: 35 },
      // Tuesday 10 % over on energy only: not on target.
      { dayIndex: 1, kcal: 2200, proteinG: 100, carbsG: 250, fatG: 70 },
      // Wednesday 4 % under on everything: on target.
      { dayIndex: 2, kcal: 1920, proteinG: 96, carbsG: 240, fatG: 67.2 },
    ];
    const summary = summariseDays(meals, targets);
    expect(summary.days).toHaveLength(7);
    expect(summary.days[0]?.totals.kcal).toBe(2000);
    expect(summary.days[1]?.deviationPct.kcal).toBeCloseTo(10, 6);
    expect(summary.days[2]?.deviationPct.proteinG).toBeCloseTo(-4, 6);
    expect(summary.days.map((d) => d.isOnTarget)).toEqual([true, false, true, false, false, false, false]);
    expect(summary.daysOnTarget).toBe(2);
    expect(summary.averages.kcal).toBeCloseTo((2000 + 2200 + 1920) / 7, 6);
  });
});
