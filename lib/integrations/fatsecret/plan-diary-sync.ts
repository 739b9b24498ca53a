import { z } from "zod";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/flags/server";
import { AUTOSYNC_KILL_SWITCH } from "@/lib/integrations/fatsecret/autosync-flag";

// Without a plan id (the daily AutoSync booking, the catch-up), the person's latest ready plan is synced.
export const DiarySyncRequestSchema = z.object({
  userId: z.string().min(1),
  mealPlanId: z.string().min(1).optional(),
});
export type DiarySyncRequest = z.infer<typeof DiarySyncRequestSchema>;

export type DiarySyncPlan =
  { status: "skipped"; reason: string } | { status: "ready"; plannedMealIds: string[] };

/**
 * Which planned meals of a plan to push to the person's diary, in day and slot order — or why nothing is
 * pushed: no link (never linked, or unlinked since), AutoSync switched off for them, the guard's
 * `fatsecret_autosync` kill switch, or a plan that is not theirs or not ready.
 */
export async function planDiarySync(input: DiarySyncRequest): Promise<DiarySyncPlan> {
  const { userId, mealPlanId } = parseInput(DiarySyncRequestSchema, input);
  // Read from the table, not the flag cache: once the guard trips, the very next run must stop.
  const flag = await db.featureFlag.findUnique({
    where: { flagName: AUTOSYNC_KILL_SWITCH },
    select: { killSwitch: true },
  });
  if (flag?.killSwitch) return { status: "skipped", reason: "AutoSync is switched off (kill switch)" };
  const connection = await db.fatSecretConnection.findUnique({
    where: { userId },
    select: { isAutoSyncEnabled: true },
  });
  if (!connection) return { status: "skipped", reason: "FatSecret is not linked" };
  if (!connection.isAutoSyncEnabled) return { status: "skipped", reason: "AutoSync is off for this person" };
  const plan = await db.mealPlan.findFirst({
    where: mealPlanId ? { id: mealPlanId, userId } : { userId, status: "ready" },
    orderBy: { weekStart: "desc" },
    select: {
      status: true,
      meals: { select: { id: true }, orderBy: [{ dayIndex: "asc" }, { slot: "asc" }, { slotIndex: "asc" }] },
    },
  });
  if (!plan) return { status: "skipped", reason: "no such plan for this person" };
  if (plan.status !== "ready") return { status: "skipped", reason: `the plan is ${plan.status}` };
  return { status: "ready", plannedMealIds: plan.meals.map((meal) => meal.id) };
}
