import { db } from "@/lib/db";
import { enqueueEmail, type PlanDayMacros } from "@/lib/email";
import { AppError } from "@/lib/errors/app-error";

interface MealMacros {
  dayIndex: number;
  date: Date;
  kcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
}

/** Puts the "your plan is ready" e-mail for a stored plan in the outbox (once per plan). */
export async function enqueuePlanReadyEmail(
  mealPlanId: string,
): Promise<{ outboxId: string; status: string }> {
  const plan = await db.mealPlan.findUnique({
    where: { id: mealPlanId },
    select: {
      id: true,
      weekStart: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          nutritionTarget: { select: { kcal: true, proteinG: true, carbsG: true, fatG: true } },
        },
      },
      meals: {
        select: {
          dayIndex: true,
          date: true,
          kcal: true,
          proteinG: true,
          carbsG: true,
          fatG: true,
          recipe: { select: { name: true } },
        },
        orderBy: [{ dayIndex: "asc" }],
      },
      _count: { select: { groceryItems: true } },
    },
  });
  if (!plan) throw new AppError("NOT_FOUND", `No meal plan ${mealPlanId}.`);
  const days = new Set(plan.meals.map((m) => m.dayIndex));
  const totalKcal = plan.meals.reduce((sum, m) => sum + m.kcal, 0);
  const target = plan.user.nutritionTarget;
  const row = await enqueueEmail({
    userId: plan.user.id,
    to: plan.user.email,
    template: "plan-ready",
    idempotencyKey: `plan-ready:${plan.id}`,
    payload: {
      firstName: plan.user.name.split(" ")[0] || undefined,
      weekStart: plan.weekStart.toISOString().slice(0, 10),
      daysPlanned: Math.max(1, days.size),
      mealsPlanned: plan.meals.length,
      avgKcal: Math.round(totalKcal / Math.max(1, days.size)),
      targetKcal: target?.kcal ?? Math.max(1, Math.round(totalKcal / Math.max(1, days.size))),
      groceryItemCount: plan._count.groceryItems,
      featuredMeals: [...new Set(plan.meals.map((m) => m.recipe.name))].slice(0, 3),
      // Without stored targets there is nothing to hold the days against, so the e-mail leaves the table out.
      ...(target && plan.meals.length > 0
        ? {
            days: dailyMacros(plan.meals),
            targets: {
              kcal: target.kcal,
              proteinG: target.proteinG,
              carbsG: target.carbsG,
              fatG: target.fatG,
            },
          }
        : {}),
    },
  });
  return { outboxId: row.id, status: row.status };
}

/** Per-person totals of each planned day, in day order, rounded to whole units as the e-mail shows them. */
function dailyMacros(meals: readonly MealMacros[]): PlanDayMacros[] {
  const byDay = new Map<number, PlanDayMacros>();
  for (const meal of meals) {
    const day = byDay.get(meal.dayIndex) ?? {
      date: meal.date.toISOString().slice(0, 10),
      kcal: 0,
      proteinG: 0,
      carbsG: 0,
      fatG: 0,
    };
    day.kcal += meal.kcal;
    day.proteinG += meal.proteinG;
    day.carbsG += meal.carbsG;
    day.fatG += meal.fatG;
    byDay.set(meal.dayIndex, day);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, day]) => ({
      date: day.date,
      kcal: Math.round(day.kcal),
      proteinG: Math.round(day.proteinG),
      carbsG: Math.round(day.carbsG),
      fatG: Math.round(day.fatG),
    }));
}
