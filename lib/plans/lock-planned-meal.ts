import { z } from "zod";
import { db } from "@/lib/db";
import { findOwnedMeal } from "@/lib/plans/find-owned-meal";

export const MealLockSchema = z.object({
  plannedMealId: z.string().min(1).max(64),
  isLocked: z.boolean(),
});
export type MealLock = z.infer<typeof MealLockSchema>;

/**
 * Locks (or unlocks) a meal so swaps skip it and "regenerate" keeps it. The meal itself does not change, so
 * grocery list and prep stay as they are; unlocking again is the undo.
 */
export async function lockPlannedMeal(userId: string, input: MealLock): Promise<MealLock> {
  const owned = await findOwnedMeal(userId, input.plannedMealId);
  await db.$transaction([
    db.plannedMeal.update({ where: { id: input.plannedMealId }, data: { isLocked: input.isLocked } }),
    db.mealPlan.update({ where: { id: owned.mealPlanId }, data: { editedAt: new Date() } }),
  ]);
  return input;
}
