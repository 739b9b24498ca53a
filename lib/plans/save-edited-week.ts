import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { buildGroceryList } from "@/lib/grocery";
import { groceryRowsOf, prepRowsOf } from "@/lib/plans/plan-list-rows";
import { DAY_NAMES, mealSlotOf, type WeekPlan } from "@/lib/planner";
import { buildPrepPlan } from "@/lib/prep";
import type { WeekForChange } from "@/lib/plans/load-week-for-change";
import { engineStateJson, planSlotOf } from "@/lib/plans/to-week-plan";
import { toPlannedWeek } from "@/lib/plans/to-planned-week";

export interface SaveEditedWeekOptions {
  /** the week before this change, kept so the change can be undone once; null clears it (after an undo) */
  undoSnapshot: WeekPlan | null;
}

const checkKey = (name: string, unit: string | null | undefined) => `${name}\u0000${unit ?? ""}`;

/**
 * Writes an edited week over the stored one: meals are updated in place (their ids, and so recipe links
 * and diary entries, survive), and the grocery list and prep plan are rebuilt in the same transaction.
 * Items already ticked off stay ticked when the new list still has them.
 */
export async function saveEditedWeek(
  week: WeekForChange,
  next: WeekPlan,
  options: SaveEditedWeekOptions,
): Promise<void> {
  const plannedWeek = toPlannedWeek(next, week.householdSize);
  const grocery = buildGroceryList(plannedWeek, week.catalogue);
  const prep = buildPrepPlan(plannedWeek, week.catalogue);
  const recipeIds = week.catalogue.recipeIdBySlug;
  const ingredientIds = week.catalogue.ingredientIdBySlug;
  const rowIdAt = new Map(week.meals.map((m) => [`${m.dayIndex}:${planSlotOf(m.slot, m.slotIndex)}`, m.id]));

  await db.$transaction(async (tx) => {
    // Optimistic concurrency: a second tab's change that landed after we read the week wins, this one stops.
    const claimed = await tx.mealPlan.updateMany({
      where: { id: week.mealPlanId, updatedAt: week.updatedAt },
      data: { editedAt: new Date() },
    });
    if (claimed.count === 0) {
      throw new AppError("CONFLICT", "Your plan changed in another window. Reload the page and try again.");
    }
    const updates: { id: string; data: Prisma.PlannedMealUncheckedUpdateInput }[] = [];
    next.days.forEach((day, dayIndex) => {
      for (const meal of day.meals) {
        const id = rowIdAt.get(`${dayIndex}:${meal.slot}`);
        const recipeId = recipeIds.get(meal.recipeId);
        if (!id || !recipeId) throw new AppError("CONFLICT", "The plan changed shape; reload the page.");
        const cook = meal.leftoverOf
          ? rowIdAt.get(`${DAY_NAMES.indexOf(meal.leftoverOf.day)}:${meal.leftoverOf.slot}`)
          : undefined;
        updates.push({
          id,
          data: {
            recipeId,
            slot: mealSlotOf(meal.slot),
            servings: meal.servings,
            isLocked: meal.locked,
            leftoverOfId: cook ?? null,
            leftoverPortions: meal.leftoverFor?.servings ?? 0,
            kcal: meal.macros.kcal,
            proteinG: meal.macros.proteinG,
            carbsG: meal.macros.carbsG,
            fatG: meal.macros.fatG,
          },
        });
      }
    });
    for (const { id, data } of updates) await tx.plannedMeal.update({ where: { id }, data });

    const checked = await tx.groceryItem.findMany({
      where: { mealPlanId: week.mealPlanId, isChecked: true },
      select: { name: true, purchaseUnit: true, checkedAt: true },
    });
    const checkedAt = new Map(checked.map((c) => [checkKey(c.name, c.purchaseUnit), c.checkedAt]));
    await tx.groceryItem.deleteMany({ where: { mealPlanId: week.mealPlanId } });
    await tx.groceryItem.createMany({
      data: groceryRowsOf(grocery, ingredientIds).map((row) => {
        const wasChecked = checkedAt.get(checkKey(row.name, row.purchaseUnit));
        return {
          ...row,
          mealPlanId: week.mealPlanId,
          isChecked: wasChecked !== undefined,
          checkedAt: wasChecked ?? null,
        };
      }),
    });
    await tx.prepTask.deleteMany({ where: { mealPlanId: week.mealPlanId } });
    await tx.prepTask.createMany({
      data: prepRowsOf(prep).map((row) => ({ ...row, mealPlanId: week.mealPlanId })),
    });
    await tx.mealPlan.update({
      where: { id: week.mealPlanId },
      data: {
        seed: next.seed,
        score: next.score.meanAbsDeviationPct,
        relaxations: next.relaxations.map((r) => r.message),
        targetMisses: next.targetMisses as unknown as Prisma.InputJsonValue,
        rules: engineStateJson(next),
        undoSnapshot: options.undoSnapshot
          ? (options.undoSnapshot as unknown as Prisma.InputJsonValue)
          : Prisma.DbNull,
      },
    });
  });
}
