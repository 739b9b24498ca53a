import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { isPlannerError, regenerateWeekPlan } from "@/lib/planner";
import { loadWeekForChange } from "@/lib/plans/load-week-for-change";
import { saveEditedWeek } from "@/lib/plans/save-edited-week";

export const RegenerateWeekSchema = z.object({ mealPlanId: z.string().min(1).max(64) });
export type RegenerateWeek = z.infer<typeof RegenerateWeekSchema>;

/**
 * Plans the rest of the week again around the meals the person locked (and their leftover partners).
 * A new seed each time, so pressing it twice gives two different weeks; the previous week is kept for undo.
 */
export async function regenerateAroundLocks(
  userId: string,
  input: RegenerateWeek,
): Promise<{ lockedMeals: number }> {
  const week = await loadWeekForChange(userId, input.mealPlanId);
  let next;
  try {
    next = regenerateWeekPlan(week.plan, [], week.request, week.catalogue.recipes);
  } catch (error) {
    if (isPlannerError(error)) throw new AppError("CONFLICT", error.message);
    throw error;
  }
  await saveEditedWeek(week, next, { undoSnapshot: week.plan });
  return { lockedMeals: week.meals.filter((m) => m.isLocked).length };
}
