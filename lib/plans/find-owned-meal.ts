import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/** The plan a planned meal belongs to, only if that plan is the person's own (else NOT_FOUND). */
export async function findOwnedMeal(
  userId: string,
  plannedMealId: string,
): Promise<{ mealPlanId: string; dayIndex: number; slot: string; slotIndex: number }> {
  const meal = await db.plannedMeal.findFirst({
    where: { id: plannedMealId, mealPlan: { userId } },
    select: { mealPlanId: true, dayIndex: true, slot: true, slotIndex: true },
  });
  if (!meal) throw new AppError("NOT_FOUND", "That meal is not in your plan.");
  return meal;
}
