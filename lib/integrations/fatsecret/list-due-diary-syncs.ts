import { DateTime } from "luxon";
import { db } from "@/lib/db";
import type { DiarySyncRequest } from "@/lib/integrations/fatsecret/plan-diary-sync";

/**
 * The daily catch-up: for every linked person with AutoSync on, their plans whose week has not ended and
 * that still have a meal without a synced diary entry (a run that gave up, an event that never arrived,
 * a person who linked after their plan was made).
 */
export async function listDueDiarySyncs(now = new Date()): Promise<Required<DiarySyncRequest>[]> {
  const weekAgo = DateTime.fromJSDate(now, { zone: "utc" }).startOf("day").minus({ days: 6 }).toJSDate();
  const plans = await db.mealPlan.findMany({
    where: {
      status: "ready",
      weekStart: { gte: weekAgo },
      user: { fatSecretConnection: { isAutoSyncEnabled: true } },
      meals: { some: { OR: [{ diaryEntry: null }, { diaryEntry: { status: { not: "synced" } } }] } },
    },
    select: { id: true, userId: true },
    orderBy: { weekStart: "asc" },
  });
  return plans.map((plan) => ({ userId: plan.userId, mealPlanId: plan.id }));
}
