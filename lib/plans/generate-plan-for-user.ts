import { randomUUID } from "node:crypto";
import { DateTime } from "luxon";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { buildGroceryList, formatAmount } from "@/lib/grocery";
import { DAY_NAMES, generateWeekPlan, mealSlotOf, type WeekPlan } from "@/lib/planner";
import { buildPrepPlan } from "@/lib/prep";
import { buildPlanRequest } from "@/lib/plans/build-plan-request";
import { getCatalogue, type LoadedCatalogue } from "@/lib/plans/load-catalogue";
import { toPlannedWeek } from "@/lib/plans/to-planned-week";

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
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, deletedAt: true, nutritionTarget: true, dietaryPreference: true },
  });
  if (!user || user.deletedAt) throw new AppError("NOT_FOUND", `No user ${userId}.`);
  if (!user.nutritionTarget || !user.dietaryPreference) {
    throw new AppError("BAD_REQUEST", "Set daily targets and preferences before a plan can be made.");
  }
  const prefs = user.dietaryPreference;
  const lastWeek = await db.mealPlan.findFirst({
    where: { userId, weekStart: { lt: new Date(`${weekStart}T00:00:00Z`) }, status: "ready" },
    orderBy: { weekStart: "desc" },
    select: { meals: { select: { recipe: { select: { slug: true } } } } },
  });

  const catalogue = options.catalogue ?? (await getCatalogue());
  const request = buildPlanRequest({ ...prefs, userId, target: user.nutritionTarget }, weekStart, [
    ...new Set(lastWeek?.meals.map((m) => m.recipe.slug) ?? []),
  ]);
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

interface PlanToStore {
  userId: string;
  weekStart: string;
  plan: WeekPlan;
  householdSize: number;
}

/**
 * Writes a planned week in a fixed, small number of statements (ids are made here, so leftovers can point
 * at their cooking meal within one batch insert): one upsert, three deletes, three batch inserts, one update.
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

  return db.$transaction(async (tx) => {
    const saved = await tx.mealPlan.upsert({
      where: { userId_weekStart: { userId, weekStart: monday.toJSDate() } },
      create: {
        userId,
        weekStart: monday.toJSDate(),
        status: "generating",
        seed: plan.seed,
        engineVersion: ENGINE_VERSION,
      },
      update: { status: "generating", seed: plan.seed, engineVersion: ENGINE_VERSION },
      select: { id: true },
    });
    await tx.plannedMeal.deleteMany({ where: { mealPlanId: saved.id } });
    await tx.groceryItem.deleteMany({ where: { mealPlanId: saved.id } });
    await tx.prepTask.deleteMany({ where: { mealPlanId: saved.id } });

    await tx.plannedMeal.createMany({
      data: plan.days.flatMap((day, dayIndex) =>
        day.meals.map((meal) => {
          const recipeId = catalogue.recipeIdBySlug.get(meal.recipeId);
          if (!recipeId)
            throw new AppError("CONFLICT", `Recipe ${meal.recipeId} left the catalogue while planning.`);
          return {
            id: idByRef.get(`${DAY_NAMES[dayIndex]}:${meal.slot}`),
            mealPlanId: saved.id,
            dayIndex,
            date: monday.plus({ days: dayIndex }).toJSDate(),
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
      ),
    });

    const lines = [...grocery.sections.flatMap((s) => s.lines), ...grocery.pantry];
    await tx.groceryItem.createMany({
      data: lines.map((line, position) => ({
        mealPlanId: saved.id,
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
          line.note ??
          (line.amount ? formatAmount(line.amount.purchase, line.amount.purchaseUnit) : "to taste"),
      })),
    });
    await tx.prepTask.createMany({
      data: prep.sessions
        .flatMap((session) => session.tasks.map((task) => ({ session, task })))
        .map(({ session, task }, position) => ({
          mealPlanId: saved.id,
          sessionDay: session.day,
          sessionLabel: session.dayName,
          position,
          description: task.description,
          minutes: task.minutes,
          forMeals: task.forMeals.map((m) => ({ day: m.day, slot: m.slot, recipe: m.recipeName })),
        })),
    });
    await tx.mealPlan.update({
      where: { id: saved.id },
      data: {
        status: "ready",
        score: plan.score.meanAbsDeviationPct,
        relaxations: plan.relaxations.map((r) => r.message),
      },
    });
    return saved.id;
  });
}
