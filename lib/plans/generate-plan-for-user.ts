import { DateTime } from "luxon";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { buildGroceryList } from "@/lib/grocery";
import { DAY_NAMES, generateWeekPlan, mealSlotOf } from "@/lib/planner";
import { buildPrepPlan } from "@/lib/prep";
import { formatAmount } from "@/lib/grocery";
import { buildPlanRequest } from "@/lib/plans/build-plan-request";
import { loadCatalogue } from "@/lib/plans/load-catalogue";
import { observePlanGeneration } from "@/lib/observability/observe-plan-generation";
import { toPlannedWeek } from "@/lib/plans/to-planned-week";

export const ENGINE_VERSION = "planner-1";

export interface GeneratedPlan {
  mealPlanId: string;
  weekStart: string;
  meanAbsDeviationPct: number;
  relaxations: number;
}

/**
 * Plans one person's week and stores the plan, its grocery list and its prep tasks in one transaction.
 * Running it again for the same week replaces that week's plan, so a retried job cannot leave half a plan.
 */
export async function generatePlanForUser(userId: string, weekStart: string): Promise<GeneratedPlan> {
  return observePlanGeneration({ userId, weekStart }, () => planAndStoreWeek(userId, weekStart));
}

async function planAndStoreWeek(userId: string, weekStart: string): Promise<GeneratedPlan> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, nutritionTarget: true, dietaryPreference: true },
  });
  if (!user) throw new AppError("NOT_FOUND", `No user ${userId}.`);
  if (!user.nutritionTarget || !user.dietaryPreference) {
    throw new AppError("BAD_REQUEST", "Set daily targets and preferences before a plan can be made.");
  }
  const prefs = user.dietaryPreference;
  const lastWeek = await db.mealPlan.findFirst({
    where: { userId, weekStart: { lt: new Date(`${weekStart}T00:00:00Z`) }, status: "ready" },
    orderBy: { weekStart: "desc" },
    select: { meals: { select: { recipe: { select: { slug: true } } } } },
  });

  const catalogue = await loadCatalogue();
  const request = buildPlanRequest({ ...prefs, userId, target: user.nutritionTarget }, weekStart, [
    ...new Set(lastWeek?.meals.map((m) => m.recipe.slug) ?? []),
  ]);
  const plan = generateWeekPlan(request, catalogue.recipes);
  const week = toPlannedWeek(plan, prefs.householdSize);
  const grocery = buildGroceryList(week, catalogue);
  const prep = buildPrepPlan(week, catalogue);

  const recipeIds = new Map(
    (
      await db.recipe.findMany({
        where: { slug: { in: plan.days.flatMap((d) => d.meals.map((m) => m.recipeId)) } },
        select: { id: true, slug: true },
      })
    ).map((r) => [r.slug, r.id]),
  );
  const ingredientIds = new Map(
    (await db.ingredient.findMany({ select: { id: true, slug: true } })).map((i) => [i.slug, i.id]),
  );
  const monday = DateTime.fromISO(weekStart, { zone: "utc" });

  const mealPlanId = await db.$transaction(async (tx) => {
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
    });
    await tx.plannedMeal.deleteMany({ where: { mealPlanId: saved.id } });
    await tx.groceryItem.deleteMany({ where: { mealPlanId: saved.id } });
    await tx.prepTask.deleteMany({ where: { mealPlanId: saved.id } });

    // Cooking meals first, so leftovers can point at their rows.
    const rowIdByRef = new Map<string, string>();
    const meals = plan.days.flatMap((day, dayIndex) => day.meals.map((meal) => ({ meal, dayIndex })));
    meals.sort((a, b) => Number(Boolean(a.meal.leftoverOf)) - Number(Boolean(b.meal.leftoverOf)));
    for (const { meal, dayIndex } of meals) {
      const recipeId = recipeIds.get(meal.recipeId);
      if (!recipeId)
        throw new AppError("CONFLICT", `Recipe ${meal.recipeId} left the catalogue while planning.`);
      const leftoverOfId = meal.leftoverOf
        ? rowIdByRef.get(`${meal.leftoverOf.day}:${meal.leftoverOf.slot}`)
        : undefined;
      const row = await tx.plannedMeal.create({
        data: {
          mealPlanId: saved.id,
          dayIndex,
          date: monday.plus({ days: dayIndex }).toJSDate(),
          slot: mealSlotOf(meal.slot),
          slotIndex: meal.slot === "snack2" ? 1 : 0,
          recipeId,
          servings: meal.servings,
          isLocked: meal.locked,
          leftoverOfId: leftoverOfId ?? null,
          leftoverPortions: meal.leftoverFor?.servings ?? 0,
          kcal: meal.macros.kcal,
          proteinG: meal.macros.proteinG,
          carbsG: meal.macros.carbsG,
          fatG: meal.macros.fatG,
        },
      });
      rowIdByRef.set(`${DAY_NAMES[dayIndex]}:${meal.slot}`, row.id);
    }

    const lines = [...grocery.sections.flatMap((s) => s.lines), ...grocery.pantry];
    await tx.groceryItem.createMany({
      data: lines.map((line, position) => ({
        mealPlanId: saved.id,
        ingredientId: ingredientIds.get(line.ingredientSlug) ?? null,
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

  return {
    mealPlanId,
    weekStart,
    meanAbsDeviationPct: plan.score.meanAbsDeviationPct,
    relaxations: plan.relaxations.length,
  };
}
