import type { Macros } from "@/lib/catalogue/types";

/** A day counts as "on target" when every macro is within ±5 % (the planner's own measure). */
export const ON_TARGET_PCT = 5;
const MACRO_KEYS = ["kcal", "proteinG", "carbsG", "fatG"] as const;

export interface DaySummary {
  dayIndex: number;
  totals: Macros;
  /** signed, in % of the target */
  deviationPct: Macros;
  isOnTarget: boolean;
}

export interface WeekSummary {
  days: DaySummary[];
  averages: Macros;
  daysOnTarget: number;
}

type MealMacros = Macros & { dayIndex: number };

/** Per-day totals against the targets, and the week's averages; pure, for pages and history alike. */
export function summariseDays(meals: readonly MealMacros[], targets: Macros): WeekSummary {
  const days: DaySummary[] = [];
  for (let dayIndex = 0; dayIndex < 7; dayIndex++) {
    const totals: Macros = { kcal: 0, proteinG: 0, carbsG: 0, fatG: 0 };
    for (const meal of meals) {
      if (meal.dayIndex !== dayIndex) continue;
      for (const key of MACRO_KEYS) totals[key] += meal[key];
    }
    const deviationPct: Macros = { kcal: 0, proteinG: 0, carbsG: 0, fatG: 0 };
    for (const key of MACRO_KEYS) {
      deviationPct[key] = targets[key] > 0 ? (100 * (totals[key] - targets[key])) / targets[key] : 0;
    }
    const isOnTarget = MACRO_KEYS.every((key) => Math.abs(deviationPct[key]) <= ON_TARGET_PCT);
    days.push({ dayIndex, totals, deviationPct, isOnTarget });
  }
  const averages: Macros = { kcal: 0, proteinG: 0, carbsG: 0, fatG: 0 };
  for (const key of MACRO_KEYS) averages[key] = days.reduce((sum, d) => sum + d.totals[key], 0) / 7;
  return { days, averages, daysOnTarget: days.filter((d) => d.isOnTarget).length };
}
