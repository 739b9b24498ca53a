import { db } from "@/lib/db";
import { summariseDays } from "@/lib/plans/summarise-days";

export interface PlanHistoryEntry {
  weekStart: string;
  /** days with every macro within ±5 % of the person's current targets */
  daysOnTarget: number;
  averageKcal: number;
  isEdited: boolean;
}

/** The person's planned weeks, newest first, each with its adherence. */
export async function listPlanHistory(userId: string, limit = 52): Promise<PlanHistoryEntry[]> {
  const [plans, target] = await Promise.all([
    db.mealPlan.findMany({
      where: { userId, status: "ready" },
      orderBy: { weekStart: "desc" },
      take: limit,
      select: { id: true, weekStart: true, editedAt: true },
    }),
    db.nutritionTarget.findUnique({ where: { userId } }),
  ]);
  if (plans.length === 0) return [];
  // One grouped query for every week's day totals instead of loading each week's meals.
  const days = await db.plannedMeal.groupBy({
    by: ["mealPlanId", "dayIndex"],
    where: { mealPlanId: { in: plans.map((p) => p.id) } },
    _sum: { kcal: true, proteinG: true, carbsG: true, fatG: true },
  });
  return plans.map((plan) => {
    const totals = days
      .filter((d) => d.mealPlanId === plan.id)
      .map((d) => ({
        dayIndex: d.dayIndex,
        kcal: d._sum.kcal ?? 0,
        proteinG: d._sum.proteinG ?? 0,
        carbsG: d._sum.carbsG ?? 0,
        fatG: d._sum.fatG ?? 0,
      }));
    const summary = target ? summariseDays(totals, target) : null;
    return {
      weekStart: plan.weekStart.toISOString().slice(0, 10),
      daysOnTarget: summary?.daysOnTarget ?? 0,
      averageKcal: Math.round(summary?.averages.kcal ?? 0),
      isEdited: plan.editedAt !== null,
    };
  });
}
