import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { generateWeekPlan, type PlanRequest, type TargetMiss, type WeekPlan } from "@/lib/planner";
import { buildPlanRequest } from "@/lib/plans/build-plan-request";
import { lastWeekRecipeSlugs } from "@/lib/plans/insert-plan-rows";
import { getCatalogue, type LoadedCatalogue } from "@/lib/plans/load-catalogue";
import { toWeekPlan, type EngineState, type StoredMeal } from "@/lib/plans/to-week-plan";

export const storedMealSelect = {
  id: true,
  dayIndex: true,
  slot: true,
  slotIndex: true,
  servings: true,
  isLocked: true,
  leftoverOfId: true,
  leftoverPortions: true,
  kcal: true,
  proteinG: true,
  carbsG: true,
  fatG: true,
  recipe: { select: { slug: true, name: true } },
} satisfies Prisma.PlannedMealSelect;

export interface WeekForChange {
  mealPlanId: string;
  weekStart: string;
  /** the row's version when read: the save refuses if another change landed in between */
  updatedAt: Date;
  householdSize: number;
  meals: StoredMeal[];
  plan: WeekPlan;
  request: PlanRequest;
  catalogue: LoadedCatalogue;
}

function isEngineState(value: unknown): value is EngineState {
  return Boolean(value && typeof value === "object" && "rules" in value && "relaxations" in value);
}

/**
 * Loads one of the person's own plans in the planner's form, with the request their profile makes today.
 * Only plans owned by `userId` are found: any other id answers NOT_FOUND, never "forbidden", so ids leak
 * nothing.
 */
export async function loadWeekForChange(userId: string, mealPlanId: string): Promise<WeekForChange> {
  const row = await db.mealPlan.findFirst({
    where: { id: mealPlanId, userId, status: "ready" },
    select: {
      id: true,
      weekStart: true,
      seed: true,
      rules: true,
      targetMisses: true,
      updatedAt: true,
      meals: { select: storedMealSelect },
      user: { select: { nutritionTarget: true, dietaryPreference: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "That plan does not exist.");
  const { nutritionTarget: target, dietaryPreference: prefs } = row.user;
  if (!target || !prefs) throw new AppError("BAD_REQUEST", "Set your daily targets first.");
  const weekStart = row.weekStart.toISOString().slice(0, 10);
  const lastWeek = await lastWeekRecipeSlugs(db, userId, weekStart);
  const catalogue = await getCatalogue();
  // The same request the week was planned from, dislikes resolved by name and family.
  const base = buildPlanRequest({ ...prefs, userId, target }, weekStart, lastWeek, catalogue.ingredients);
  const seed = row.seed ?? base.seed ?? 0;
  const request: PlanRequest = { ...base, seed };
  // Plans made before the rules were stored: the engine is deterministic for a request and seed, so
  // planning the same request again recovers the rules it was made under.
  const engine = isEngineState(row.rules)
    ? row.rules
    : engineStateOf(generateWeekPlan(request, catalogue.recipes));
  return {
    mealPlanId: row.id,
    weekStart,
    updatedAt: row.updatedAt,
    householdSize: prefs.householdSize,
    meals: row.meals,
    plan: toWeekPlan(row.meals, target, seed, engine, row.targetMisses as unknown as TargetMiss[]),
    request,
    catalogue,
  };
}

export function engineStateOf(plan: WeekPlan): EngineState {
  return { rules: plan.rules, relaxations: plan.relaxations };
}
