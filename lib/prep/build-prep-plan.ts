import type { CatalogueSnapshot, PlannedWeek } from "@/lib/grocery";
import { collectCookingBatches, compareMealRefs, indexCatalogue } from "@/lib/grocery";
import { DEFAULT_DAY_NAMES, dayNameOf } from "./describe-meals";
import { planBatchTasks } from "./plan-batch-tasks";
import { planFreezerTasks } from "./plan-freezer-tasks";
import { planLeftoverTasks } from "./plan-leftover-tasks";
import { planOvernightTasks } from "./plan-overnight-tasks";
import { planPrepWindows } from "./plan-prep-windows";
import {
  PREP_TASK_KINDS,
  type PrepContext,
  type PrepOptions,
  type PrepPlan,
  type PrepSession,
  type PrepTask,
  type ScheduledTask,
} from "./types";

/**
 * The week's prep timeline: batch sessions (before the week, and midweek) that cook shared grains
 * and legumes and chop shared vegetables once, plus small tasks on the day they are due (freeze
 * and thaw meat, start overnight steps, cook extra portions for leftovers). Minutes come from
 * `task-minute-table.ts`; a session's total is the plain sum of its tasks.
 */
export function buildPrepPlan(
  week: PlannedWeek,
  catalogue: CatalogueSnapshot,
  options: PrepOptions = {},
): PrepPlan {
  const dayNames = options.dayNames ?? DEFAULT_DAY_NAMES;
  if (dayNames.length !== 7) throw new RangeError(`dayNames needs 7 names, got ${dayNames.length}`);
  const index = indexCatalogue(catalogue);
  const { batches, issues } = collectCookingBatches(week, index.recipes);
  const context: PrepContext = { batches, ingredients: index.ingredients, dayNames };

  const scheduled = [
    ...planBatchTasks(context, planPrepWindows(options.midweekSession ?? true)),
    ...planLeftoverTasks(context),
    ...planFreezerTasks(context),
    ...planOvernightTasks(context),
  ];

  const byDay = new Map<number, ScheduledTask[]>();
  for (const task of scheduled) byDay.set(task.day, [...(byDay.get(task.day) ?? []), task]);
  const sessions: PrepSession[] = [...byDay.keys()]
    .sort((a, b) => a - b)
    .map((day) => {
      const tasks = (byDay.get(day) ?? []).sort(compareTasks).map(unschedule);
      return {
        day,
        dayName: dayNameOf(day, dayNames),
        totalMinutes: tasks.reduce((sum, task) => sum + task.minutes, 0),
        tasks,
      };
    });

  return {
    sessions,
    totalMinutes: sessions.reduce((sum, session) => sum + session.totalMinutes, 0),
    issues,
  };
}

function unschedule(task: ScheduledTask): PrepTask {
  return {
    kind: task.kind,
    description: task.description,
    minutes: task.minutes,
    forMeals: task.forMeals,
    ...(task.ingredientSlug === undefined ? {} : { ingredientSlug: task.ingredientSlug }),
  };
}

/**
 * Within a session: put away the shopping, start the longest pots first so the chopping happens
 * while they simmer, then the meal-time and evening tasks.
 */
function compareTasks(a: ScheduledTask, b: ScheduledTask): number {
  const byKind = PREP_TASK_KINDS.indexOf(a.kind) - PREP_TASK_KINDS.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  if (a.kind === "batch-cook" && a.minutes !== b.minutes) return b.minutes - a.minutes;
  const [firstA, firstB] = [a.forMeals[0], b.forMeals[0]];
  const byMeal = firstA && firstB ? compareMealRefs(firstA, firstB) : 0;
  return byMeal || (a.description < b.description ? -1 : a.description > b.description ? 1 : 0);
}
