"use server";
import { z } from "zod";
import { userAction } from "@/lib/auth/safe-action";
import {
  ConfirmMealSwapSchema,
  MealLockSchema,
  MealSwapSchema,
  RegenerateWeekSchema,
  UndoPlanChangeSchema,
  getPlanWeek,
  lockPlannedMeal,
  previewMealSwap,
  regenerateAroundLocks,
  swapPlannedMeal,
  undoPlanChange,
} from "@/lib/plans";

export const getPlanWeekAction = userAction
  .inputSchema(z.object({ weekStart: z.iso.date().optional() }))
  .action(async ({ parsedInput, ctx }) => getPlanWeek(ctx.user.id, parsedInput.weekStart));

export const previewSwapAction = userAction
  .inputSchema(MealSwapSchema)
  .action(async ({ parsedInput, ctx }) => previewMealSwap(ctx.user.id, parsedInput));

export const swapMealAction = userAction
  .inputSchema(ConfirmMealSwapSchema)
  .action(async ({ parsedInput, ctx }) => swapPlannedMeal(ctx.user.id, parsedInput));

export const lockMealAction = userAction
  .inputSchema(MealLockSchema)
  .action(async ({ parsedInput, ctx }) => lockPlannedMeal(ctx.user.id, parsedInput));

export const regenerateWeekAction = userAction
  .inputSchema(RegenerateWeekSchema)
  .action(async ({ parsedInput, ctx }) => regenerateAroundLocks(ctx.user.id, parsedInput));

export const undoChangeAction = userAction
  .inputSchema(UndoPlanChangeSchema)
  .action(async ({ parsedInput, ctx }) => {
    await undoPlanChange(ctx.user.id, parsedInput);
    return { undone: true };
  });
