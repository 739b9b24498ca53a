import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email";
import { AppError } from "@/lib/errors/app-error";

/** Puts the "your plan is ready" e-mail for a stored plan in the outbox (once per plan). */
export async function enqueuePlanReadyEmail(
  mealPlanId: string,
): Promise<{ outboxId: string; status: string }> {
  const plan = await db.mealPlan.findUnique({
    where: { id: mealPlanId },
    select: {
      id: true,
      weekStart: true,
      user: { select: { id: true, name: true, email: true, nutritionTarget: { select: { kcal: true } } } },
      meals: {
        select: { dayIndex: true, kcal: true, recipe: { select: { name: true } } },
        orderBy: [{ dayIndex: "asc" }],
      },
      _count: { select: { groceryItems: true } },
    },
  });
  if (!plan) throw new AppError("NOT_FOUND", `No meal plan ${mealPlanId}.`);
  const days = new Set(plan.meals.map((m) => m.dayIndex));
  const totalKcal = plan.meals.reduce((sum, m) => sum + m.kcal, 0);
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
      targetKcal:
        plan.user.nutritionTarget?.kcal ?? Math.max(1, Math.round(totalKcal / Math.max(1, days.size))),
      groceryItemCount: plan._count.groceryItems,
      featuredMeals: [...new Set(plan.meals.map((m) => m.recipe.name))].slice(0, 3),
    },
  });
  return { outboxId: row.id, status: row.status };
}
