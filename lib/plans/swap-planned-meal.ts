import { z } from "zod";
import type { Macros } from "@/lib/catalogue/types";
import { AppError } from "@/lib/errors/app-error";
import { DAY_NAMES, isPlannerError, swapMeal, type WeekPlan } from "@/lib/planner";
import { findOwnedMeal } from "@/lib/plans/find-owned-meal";
import { loadWeekForChange, type WeekForChange } from "@/lib/plans/load-week-for-change";
import { saveEditedWeek } from "@/lib/plans/save-edited-week";
import { planSlotOf } from "@/lib/plans/to-week-plan";
import type { MealSlot } from "@/lib/catalogue/types";

export const MealSwapSchema = z.object({
  plannedMealId: z.string().min(1).max(64),
  /** recipes (slugs) the person already turned down for this meal */
  exclude: z.array(z.string().min(1).max(120)).max(50).default([]),
});
export type MealSwap = z.infer<typeof MealSwapSchema>;

export const ConfirmMealSwapSchema = MealSwapSchema.extend({
  /** the replacement the person saw: the swap refuses if the engine would now pick another */
  recipeSlug: z.string().min(1).max(120),
});
export type ConfirmMealSwap = z.infer<typeof ConfirmMealSwapSchema>;

export interface SwapPreview {
  plannedMealId: string;
  dayIndex: number;
  current: { slug: string; name: string };
  replacement: { slug: string; name: string; servings: number; macros: Macros };
  dayBefore: Macros;
  dayAfter: Macros;
  targets: Macros;
}

interface Swapped {
  week: WeekForChange;
  next: WeekPlan;
  preview: SwapPreview;
}

async function computeSwap(userId: string, input: MealSwap): Promise<Swapped> {
  const owned = await findOwnedMeal(userId, input.plannedMealId);
  const week = await loadWeekForChange(userId, owned.mealPlanId);
  const day = DAY_NAMES[owned.dayIndex];
  const slot = planSlotOf(owned.slot as MealSlot, owned.slotIndex);
  if (!day) throw new AppError("NOT_FOUND", "That meal is not in your plan.");
  let next: WeekPlan;
  try {
    next = swapMeal(week.plan, day, slot, week.request, week.catalogue.recipes, { exclude: input.exclude });
  } catch (error) {
    // The engine's refusals (locked meal, nothing else fits, profile changed) are messages for the person.
    if (isPlannerError(error)) throw new AppError("CONFLICT", error.message);
    throw error;
  }
  const before = week.plan.days[owned.dayIndex];
  const after = next.days[owned.dayIndex];
  const was = before?.meals.find((m) => m.slot === slot);
  const now = after?.meals.find((m) => m.slot === slot);
  if (!before || !after || !was || !now) throw new AppError("CONFLICT", "The plan changed; reload the page.");
  return {
    week,
    next,
    preview: {
      plannedMealId: input.plannedMealId,
      dayIndex: owned.dayIndex,
      current: { slug: was.recipeId, name: was.recipeName },
      replacement: { slug: now.recipeId, name: now.recipeName, servings: now.servings, macros: now.macros },
      dayBefore: before.totals,
      dayAfter: after.totals,
      targets: week.plan.targets,
    },
  };
}

/** The engine's best replacement for one meal and the day's new totals, without changing anything. */
export async function previewMealSwap(userId: string, input: MealSwap): Promise<SwapPreview> {
  return (await computeSwap(userId, input)).preview;
}

/**
 * Swaps one meal for the replacement the person was shown (the engine is deterministic, so the same input
 * gives the same pick unless the plan changed meanwhile). Grocery list and prep follow in one transaction;
 * the previous week is kept for one undo.
 */
export async function swapPlannedMeal(userId: string, input: ConfirmMealSwap): Promise<SwapPreview> {
  const { week, next, preview } = await computeSwap(userId, input);
  if (preview.replacement.slug !== input.recipeSlug) {
    throw new AppError(
      "CONFLICT",
      "Your plan changed since the suggestion; look at the new suggestion first.",
    );
  }
  await saveEditedWeek(week, next, { undoSnapshot: week.plan });
  return preview;
}
