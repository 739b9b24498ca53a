import type { Macros } from "@/lib/catalogue/types";
import { db, Prisma } from "@/lib/db";
import { summariseDays, type WeekSummary } from "@/lib/plans/summarise-days";

export const planWeekSelect = {
  id: true,
  weekStart: true,
  relaxations: true,
  targetMisses: true,
  viewedAt: true,
  editedAt: true,
  meals: {
    orderBy: [{ dayIndex: "asc" }, { slot: "asc" }, { slotIndex: "asc" }],
    select: {
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
      recipe: { select: { name: true, prepMinutes: true, cookMinutes: true } },
    },
  },
} satisfies Prisma.MealPlanSelect;

type PlanWeekRow = Prisma.MealPlanGetPayload<{ select: typeof planWeekSelect }>;

export interface PlanWeek {
  id: string;
  weekStart: string;
  relaxations: string[];
  /** the engine's explanation of each target the week misses, in words */
  targetMisses: string[];
  isFirstView: boolean;
  isEdited: boolean;
  canUndo: boolean;
  householdSize: number;
  timeZone: string;
  targets: Macros | null;
  meals: PlanWeekRow["meals"];
  summary: WeekSummary | null;
}

/**
 * One of the person's weeks for display: the latest one, or the week starting `weekStart` (history).
 * Everything is scoped by `userId`; another person's week is simply not found.
 */
export async function getPlanWeek(userId: string, weekStart?: string): Promise<PlanWeek | null> {
  const where = {
    userId,
    status: "ready",
    ...(weekStart ? { weekStart: new Date(`${weekStart}T00:00:00Z`) } : {}),
  } satisfies Prisma.MealPlanWhereInput;
  // All in parallel, one round trip: the latest week with an undo is this week exactly when it can be undone.
  const [plan, latestUndoable, targets, preference] = await Promise.all([
    db.mealPlan.findFirst({ where, orderBy: { weekStart: "desc" }, select: planWeekSelect }),
    db.mealPlan.findFirst({
      where: { ...where, undoSnapshot: { not: Prisma.DbNull } },
      orderBy: { weekStart: "desc" },
      select: { id: true },
    }),
    db.nutritionTarget.findUnique({
      where: { userId },
      select: { kcal: true, proteinG: true, carbsG: true, fatG: true },
    }),
    db.dietaryPreference.findUnique({ where: { userId }, select: { householdSize: true, timeZone: true } }),
  ]);
  if (!plan) return null;
  const canUndo = latestUndoable?.id === plan.id;
  return {
    id: plan.id,
    weekStart: plan.weekStart.toISOString().slice(0, 10),
    relaxations: Array.isArray(plan.relaxations) ? plan.relaxations.map(String) : [],
    targetMisses: missMessages(plan.targetMisses),
    isFirstView: plan.viewedAt === null,
    isEdited: plan.editedAt !== null,
    canUndo,
    householdSize: preference?.householdSize ?? 1,
    timeZone: preference?.timeZone ?? "UTC",
    targets,
    meals: plan.meals,
    summary: targets ? summariseDays(plan.meals, targets) : null,
  };
}

function missMessages(stored: Prisma.JsonValue): string[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((miss) =>
    miss && typeof miss === "object" && "message" in miss && typeof miss.message === "string"
      ? [miss.message]
      : [],
  );
}
