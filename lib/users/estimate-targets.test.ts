import { describe, expect, it } from "vitest";
import { atwaterKcal } from "@/lib/nutrition/check-atwater";
import { estimateTargets } from "@/lib/users/estimate-targets";

describe("estimateTargets", () => {
  it("follows Mifflin–St Jeor: a 30-year-old man, 180 cm, 80 kg, moderately active, maintaining", () => {
    const estimate = estimateTargets({
      sex: "male",
      ageYears: 30,
      heightCm: 180,
      weightKg: 80,
      activity: "moderate",
      goal: "maintain",
    });
    // 800 + 1125 − 150 + 5 = 1780 at rest; × 1.55 = 2759.
    expect(estimate.restingKcal).toBe(1780);
    expect(estimate.maintenanceKcal).toBeCloseTo(2759, 0);
    expect(estimate.kcal).toBe(2760);
    expect(estimate.proteinG).toBe(128);
    expect(estimate.explanation).toContain("= 1780 kcal at rest");
    // Macros add up to the energy target within rounding.
    expect(Math.abs(atwaterKcal(estimate) - estimate.kcal)).toBeLessThan(10);
  });

  it("uses the female constant and a 20 % deficit to lose weight, never below 1200 kcal", () => {
    const estimate = estimateTargets({
      sex: "female",
      ageYears: 40,
      heightCm: 165,
      weightKg: 70,
      activity: "sedentary",
      goal: "lose",
    });
    // 700 + 1031.25 − 200 − 161 = 1370.25; × 1.2 = 1644.3; × 0.8 = 1315.
    expect(estimate.restingKcal).toBeCloseTo(1370.25, 2);
    expect(estimate.kcal).toBe(1320);
    const tiny = estimateTargets({
      sex: "female",
      ageYears: 90,
      heightCm: 130,
      weightKg: 36,
      activity: "sedentary",
      goal: "lose",
    });
    expect(tiny.kcal).toBe(1200);
  });
});
