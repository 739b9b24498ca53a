import { randomUUID } from "node:crypto";
import { DateTime } from "luxon";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { buildGroceryList } from "@/lib/grocery";
import { groceryRowsOf, prepRowsOf } from "@/lib/plans/plan-list-rows";
import { DAY_NAMES, mealSlotOf, type WeekPlan } from "@/lib/planner";
import { buildPrepPlan } from "@/lib/prep";
import type { LoadedCatalogue } from "@/lib/plans/load-catalogue";
import {
  clearPlanRows,
  insertGroceryItems,
  insertPlannedMeals,
  insertPrepTasks,
  upsertPlanHeaders,
  type GroceryItemRow,
  type PlannedMealRow,
  type PlanHeader,
  type PrepTaskRow,
} from "@/lib/plans/insert-plan-rows";
import { toPlannedWeek } from "@/lib/plans/to-planned-week";
import { engineStateJson } from "@/lib/plans/to-week-plan";

export const ENGINE_VERSION = "planner-1";

export interface PlanToStore {
  userId: string;
  weekStart: string;
  plan: WeekPlan;
  householdSize: number;
}

type Rows<T> = Omit<T, "mealPlanId">[];

interface WeekRows {
  meals: Rows<PlannedMealRow>;
  grocery: Rows<GroceryItemRow>;
  prep: Rows<PrepTaskRow>;
}

/** A planned week as table rows: meals (ids made here, so leftovers can point at their cooking meal), its grocery list and prep tasks. */
function toWeekRows({ weekStart, plan, householdSize }: PlanToStore, catalogue: LoadedCatalogue): WeekRows {
  const week = toPlannedWeek(plan, householdSize);
  const grocery = buildGroceryList(week, catalogue);
  const prep = buildPrepPlan(week, catalogue);
  const monday = DateTime.fromISO(weekStart, { zone: "utc" });
  const dates = plan.days.map((_, dayIndex) => monday.plus({ days: dayIndex }).toISODate() ?? "");

  const idByRef = new Map<string, string>();
  for (const [dayIndex, day] of plan.days.entries()) {
    for (const meal of day.meals) idByRef.set(`${DAY_NAMES[dayIndex]}:${meal.slot}`, randomUUID());
  }
  const meals = plan.days.flatMap((day, dayIndex) =>
    day.meals.map((meal) => {
      const recipeId = catalogue.recipeIdBySlug.get(meal.recipeId);
      if (!recipeId)
        throw new AppError("CONFLICT", `Recipe ${meal.recipeId} left the catalogue while planning.`);
      return {
        id: idByRef.get(`${DAY_NAMES[dayIndex]}:${meal.slot}`) ?? randomUUID(),
        dayIndex,
        date: dates[dayIndex] ?? "",
        slot: mealSlotOf(meal.slot),
        slotIndex: meal.slot === "snack2" ? 1 : 0,
        recipeId,
        servings: meal.servings,
        isLocked: meal.locked,
        leftoverOfId: meal.leftoverOf
          ? (idByRef.get(`${meal.leftoverOf.day}:${meal.leftoverOf.slot}`) ?? null)
          : null,
        leftoverPortions: meal.leftoverFor?.servings ?? 0,
        kcal: meal.macros.kcal,
        proteinG: meal.macros.proteinG,
        carbsG: meal.macros.carbsG,
        fatG: meal.macros.fatG,
      };
    }),
  );
  return {
    meals,
    grocery: groceryRowsOf(grocery, catalogue.ingredientIdBySlug),
    prep: prepRowsOf(prep),
  };
}

const withPlanId = <T>(rows: T[], mealPlanId: string) => rows.map((row) => ({ ...row, mealPlanId }));

/** A planned week turned into its table rows, ready to store; building it is where a week can fail alone. */
export interface PreparedWeek {
  header: PlanHeader;
  rows: WeekRows;
}

export function prepareWeek(week: PlanToStore, catalogue: LoadedCatalogue): PreparedWeek {
  const { userId, weekStart, plan } = week;
  return {
    header: {
      userId,
      weekStart,
      seed: plan.seed,
      engineVersion: ENGINE_VERSION,
      // A new week: swaps follow its rules, and an undo from the replaced week no longer applies.
      rules: engineStateJson(plan),
      score: plan.score.meanAbsDeviationPct,
      relaxations: plan.relaxations.map((r) => r.message),
      targetMisses: plan.targetMisses,
    },
    rows: toWeekRows(week, catalogue),
  };
}

/**
 * Stores prepared weeks (each with its grocery list and prep tasks) in one transaction of five statements,
 * however many weeks: a week stored again replaces that week's plan, so a retried job cannot leave half a
 * plan. Returns the plan ids in the order given. One person-week may appear once per call.
 */
export async function storePreparedWeeks(weeks: PreparedWeek[]): Promise<string[]> {
  if (weeks.length === 0) return [];
  return db.$transaction(async (tx) => {
    const ids = await upsertPlanHeaders(
      tx,
      weeks.map((week) => week.header),
    );
    const rowsOf = <T>(pick: (rows: WeekRows) => T[]) =>
      weeks.flatMap((week, i) => withPlanId(pick(week.rows), ids[i] ?? ""));
    await clearPlanRows(tx, ids);
    await insertPlannedMeals(
      tx,
      rowsOf((rows) => rows.meals),
    );
    await insertGroceryItems(
      tx,
      rowsOf((rows) => rows.grocery),
    );
    await insertPrepTasks(
      tx,
      rowsOf((rows) => rows.prep),
    );
    return ids;
  });
}
