import { describeMeals } from "./describe-meals";
import { collectPrepMeals } from "./collect-prep-meals";
import { PACK_MINUTES } from "./task-minute-table";
import type { PrepContext, ScheduledTask } from "./types";

/**
 * A meal that cooks extra portions gets a note on its own day. The cooking itself is the meal's
 * usual work, so the task only costs the packing; the recipe's time is quoted to plan around it.
 */
export function planLeftoverTasks(context: PrepContext): ScheduledTask[] {
  const tasks: ScheduledTask[] = [];
  for (const batch of context.batches) {
    if (!(batch.extraPortions > 0) || !(batch.totalPortions > 0)) continue;
    const { recipe, meal } = batch;
    const extra = (batch.totalPortions * batch.extraPortions) / (batch.ownPortions + batch.extraPortions);
    const later = batch.leftoverMeals.map((leftover) => ({ meal: leftover, recipe }));
    const keep =
      later.length > 0
        ? `pack and chill them for ${describeMeals(batch.leftoverMeals, context.dayNames)}`
        : "pack and freeze them";
    tasks.push({
      kind: "cook-extra",
      description:
        `Cook ${formatCount(extra)} extra ${extra === 1 ? "portion" : "portions"} of ${recipe.name} at ` +
        `${describeMeals([meal], context.dayNames)} (${formatCount(batch.totalPortions)} in total, ` +
        `about ${recipe.prepMinutes + recipe.cookMinutes} min as usual); ${keep}`,
      minutes: PACK_MINUTES,
      forMeals: collectPrepMeals([{ meal, recipe }, ...later]),
      day: meal.day,
    });
  }
  return tasks;
}

function formatCount(value: number): string {
  return String(Number(value.toFixed(2)));
}
