import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { WeekPlan } from "@/lib/planner";
import { loadWeekForChange } from "@/lib/plans/load-week-for-change";
import { saveEditedWeek } from "@/lib/plans/save-edited-week";

export const UndoPlanChangeSchema = z.object({ mealPlanId: z.string().min(1).max(64) });
export type UndoPlanChange = z.infer<typeof UndoPlanChangeSchema>;

function isWeekPlan(value: unknown): value is WeekPlan {
  return Boolean(value && typeof value === "object" && "days" in value && "rules" in value);
}

/** Puts the week back as it was before the last swap or regenerate; one step only, then the undo is gone. */
export async function undoPlanChange(userId: string, input: UndoPlanChange): Promise<void> {
  const row = await db.mealPlan.findFirst({
    where: { id: input.mealPlanId, userId },
    select: { undoSnapshot: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "That plan does not exist.");
  if (!isWeekPlan(row.undoSnapshot)) throw new AppError("CONFLICT", "There is no change to undo.");
  const week = await loadWeekForChange(userId, input.mealPlanId);
  await saveEditedWeek(week, row.undoSnapshot, { undoSnapshot: null });
}
