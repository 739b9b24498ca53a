import { collectPrepMeals } from "./collect-prep-meals";
import { describeMeals } from "./describe-meals";
import { OVERNIGHT_MINUTES } from "./task-minute-table";
import type { PrepContext, ScheduledTask } from "./types";

const OVERNIGHT = /overnight/i;
const MAX_STEP_CHARS = 120;

/**
 * A recipe step that says "overnight" (marinate, soak, chill) has to start the evening before the
 * meal, which is easy to miss when reading the recipe on the day.
 */
export function planOvernightTasks(context: PrepContext): ScheduledTask[] {
  const tasks: ScheduledTask[] = [];
  for (const batch of context.batches) {
    const step = batch.recipe.steps?.find((text) => OVERNIGHT.test(text));
    if (step === undefined || !(batch.totalPortions > 0)) continue;
    const forMeals = collectPrepMeals([batch]);
    const quoted = step.length > MAX_STEP_CHARS ? `${step.slice(0, MAX_STEP_CHARS - 1).trimEnd()}…` : step;
    tasks.push({
      kind: "overnight",
      description: `Start ${batch.recipe.name} for ${describeMeals(forMeals, context.dayNames)}: ${quoted}`,
      minutes: OVERNIGHT_MINUTES,
      forMeals,
      day: batch.meal.day - 1,
    });
  }
  return tasks;
}
