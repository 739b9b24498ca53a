import { db, type Prisma } from "@/lib/db";

const latestPlanSelect = {
  id: true,
  weekStart: true,
  status: true,
  score: true,
  relaxations: true,
  viewedAt: true,
  meals: {
    orderBy: [{ dayIndex: "asc" }, { slot: "asc" }, { slotIndex: "asc" }],
    select: {
      id: true,
      dayIndex: true,
      date: true,
      slot: true,
      slotIndex: true,
      servings: true,
      leftoverOfId: true,
      leftoverPortions: true,
      kcal: true,
      proteinG: true,
      carbsG: true,
      fatG: true,
      recipe: { select: { name: true, prepMinutes: true, cookMinutes: true } },
    },
  },
  groceryItems: {
    orderBy: { position: "asc" },
    select: { id: true, name: true, aisle: true, note: true, isPantryStaple: true, isChecked: true },
  },
  prepTasks: {
    orderBy: { position: "asc" },
    select: { id: true, sessionDay: true, sessionLabel: true, description: true, minutes: true },
  },
} satisfies Prisma.MealPlanSelect;

/**
 * The person's most recent ready plan. Always scoped by the session's user id: there is no way to ask for
 * someone else's plan through this function.
 */
export async function getLatestPlan(userId: string) {
  return db.mealPlan.findFirst({
    where: { userId, status: "ready" },
    orderBy: { weekStart: "desc" },
    select: latestPlanSelect,
  });
}

export type LatestPlan = NonNullable<Awaited<ReturnType<typeof getLatestPlan>>>;

/** Records the first time the person opened the plan (the rollout plan's engagement metric). */
export async function markPlanViewed(userId: string, mealPlanId: string): Promise<void> {
  await db.mealPlan.updateMany({
    where: { id: mealPlanId, userId, viewedAt: null },
    data: { viewedAt: new Date() },
  });
}
