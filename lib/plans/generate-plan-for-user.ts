import { randomUUID } from "node:crypto";
import { DateTime } from "luxon";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { runRecordedJob } from "@/lib/jobs/run-recorded-job";
import { buildGroceryList, formatAmount } from "@/lib/grocery";
import { DAY_NAMES, generateWeekPlan, mealSlotOf, type WeekPlan } from "@/lib/planner";
import { buildPrepPlan } from "@/lib/prep";
import { buildPlanRequest } from "@/lib/plans/build-plan-request";
import { getCatalogue, type LoadedCatalogue } from "@/lib/plans/load-catalogue";
import {
  clearPlanRows,
  insertGroceryItems,
  lastWeekRecipeSlugs,
  markPlanReady,
  upsertPlanHeader,
  insertPlannedMeals,
  insertPrepTasks,
  type GroceryItemRow,
  type PlannedMealRow,
  type PrepTaskRow,
} from "@/lib/plans/insert-plan-rows";
import { observePlanGeneration } from "@/lib/observability/observe-plan-generation";
import { toPlannedWeek } from "@/lib/plans/to-planned-week";
import { engineStateJson } from "@/lib/plans/to-week-plan";

export const ENGINE_VERSION = "planner-1";

export interface GeneratedPlan {
  mealPlanId: string;
  weekStart: string;
  meanAbsDeviationPct: number;
  relaxations: number;
}

export interface GeneratePlanOptions {
  /** The catalogue to plan from; by default the process's cached copy. */
  catalogue?: LoadedCatalogue;
}

/**
 * Plans one person's week and stores the plan, its grocery list and its prep tasks in one transaction.
 * Running it again for the same week replaces that week's plan, so a retried job cannot leave half a plan.
 */
export async function generatePlanForUser(
  userId: string,
  weekStart: string,
  options: GeneratePlanOptions = {},
): Promise<GeneratedPlan> {
  return observePlanGeneration({ userId, weekStart }, () => planAndStoreWeek(userId, weekStart, options));
}

async function planAndStoreWeek(
  userId: string,
  weekStart: string,
  options: GeneratePlanOptions,
): Promise<GeneratedPlan> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, deletedAt: true, nutritionTarget: true, dietaryPreference: true },
  });
  if (!user || user.deletedAt) throw new AppError("NOT_FOUND", `No user ${userId}.`);
  if (!user.nutritionTarget || !user.dietaryPreference) {
    throw new AppError("BAD_REQUEST", "Set daily targets and preferences before a plan can be made.");
  }
  const prefs = user.dietaryPreference;
  const lastWeek = await lastWeekRecipeSlugs(db, userId, weekStart);

  const catalogue = options.catalogue ?? (await getCatalogue());
  const request = buildPlanRequest(
    { ...prefs, userId, target: user.nutritionTarget },
    weekStart,
    lastWeek,
    catalogue.ingredients,
  );
  const plan = generateWeekPlan(request, catalogue.recipes);
  const mealPlanId = await storePlan(
    { userId, weekStart, plan, householdSize: prefs.householdSize },
    catalogue,
  );
  return {
    mealPlanId,
    weekStart,
    meanAbsDeviationPct: plan.score.meanAbsDeviationPct,
    relaxations: plan.relaxations.length,
  };
}

/**
 * A plan made outside Inngest (in a request or the ops CLI), recorded as a `WeeklyGeneration` run of
 * `generate-plan` with how it was set off, exactly like an Inngest attempt.
 */
export function generateRecordedPlan(
  userId: string,
  weekStart: string,
  run: { trigger: "on_demand" | "cli"; scheduledJobId?: string } & GeneratePlanOptions,
): Promise<GeneratedPlan> {
  const { trigger, scheduledJobId, ...options } = run;
  return runRecordedJob(
    { jobType: "WeeklyGeneration", functionId: "generate-plan", trigger, userId, scheduledJobId },
    () => generatePlanForUser(userId, weekStart, options),
  );
}

interface PlanToStore {
  userId: string;
  weekStart: string;
  plan: WeekPlan;
  householdSize: number;
}

/**
 * Writes a planned week in a fixed, small number of statements (ids are made here, so leftovers can point
 * at their cooking meal within one batch insert): one upsert, three deletes, three array inserts, one update.
 */
async function storePlan(
  { userId, weekStart, plan, householdSize }: PlanToStore,
  catalogue: LoadedCatalogue,
): Promise<string> {
  const week = toPlannedWeek(plan, householdSize);
  const grocery = buildGroceryList(week, catalogue);
  const prep = buildPrepPlan(week, catalogue);
  const monday = DateTime.fromISO(weekStart, { zone: "utc" });

  const idByRef = new Map<string, string>();
  for (const [dayIndex, day] of plan.days.entries()) {
    for (const meal of day.meals) idByRef.set(`${DAY_NAMES[dayIndex]}:${meal.slot}`, randomUUID());
  }

  const meals: PlannedMealRow[] = plan.days.flatMap((day, dayIndex) =>
    day.meals.map((meal) => {
      const recipeId = catalogue.recipeIdBySlug.get(meal.recipeId);
      if (!recipeId)
        throw new AppError("CONFLICT", `Recipe ${meal.recipeId} left the catalogue while planning.`);
      return {
        id: idByRef.get(`${DAY_NAMES[dayIndex]}:${meal.slot}`) ?? randomUUID(),
        dayIndex,
        date: monday.plus({ days: dayIndex }).toISODate() ?? "",
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
  const lines = [...grocery.sections.flatMap((s) => s.lines), ...grocery.pantry];
  const groceryRows: GroceryItemRow[] = lines.map((line, position) => ({
    ingredientId: catalogue.ingredientIdBySlug.get(line.ingredientSlug) ?? null,
    name: line.name,
    aisle: line.aisle,
    position,
    quantity: line.amount?.exact ?? null,
    unit: line.amount?.exactUnit ?? null,
    purchaseQuantity: line.amount?.purchase ?? null,
    purchaseUnit: line.amount?.purchaseUnit ?? null,
    isPantryStaple: line.isPantryStaple || grocery.pantry.includes(line),
    note:
      line.note ?? (line.amount ? formatAmount(line.amount.purchase, line.amount.purchaseUnit) : "to taste"),
  }));
  const prepRows: PrepTaskRow[] = prep.sessions
    .flatMap((session) => session.tasks.map((task) => ({ session, task })))
    .map(({ session, task }, position) => ({
      sessionDay: session.day,
      sessionLabel: session.dayName,
      position,
      description: task.description,
      minutes: task.minutes,
      forMeals: task.forMeals.map((m) => ({ day: m.day, slot: m.slot, recipe: m.recipeName })),
    }));

  return db.$transaction(async (tx) => {
    const mealPlanId = await upsertPlanHeader(tx, {
      userId,
      weekStart,
      seed: plan.seed,
      engineVersion: ENGINE_VERSION,
      // A new week: swaps follow its rules, and an undo from the replaced week no longer applies.
      rules: engineStateJson(plan),
    });
    await clearPlanRows(tx, mealPlanId);
    await insertPlannedMeals(tx, mealPlanId, meals);
    await insertGroceryItems(tx, mealPlanId, groceryRows);
    await insertPrepTasks(tx, mealPlanId, prepRows);
    await markPlanReady(tx, mealPlanId, {
      score: plan.score.meanAbsDeviationPct,
      relaxations: plan.relaxations.map((r) => r.message),
      targetMisses: plan.targetMisses,
    });
    return mealPlanId;
  });
}
