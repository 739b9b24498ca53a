import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { isFeatureEnabled } from "@/lib/flags/server";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { GENERATION_FLAG } from "@/lib/jobs/job-gates";
import { runRecordedJob } from "@/lib/jobs/run-recorded-job";
import { generatePlanForUser } from "@/lib/plans/generate-plan-for-user";
import { currentWeekStart } from "@/lib/plans/week-start";

export const GeneratePlanOnDemandSchema = z.object({
  userId: z.string().min(1),
  /** Make the week again even when it already has a plan ("make my plan now" when one exists). */
  replaceExisting: z.boolean().default(false),
});
export type GeneratePlanOnDemand = z.input<typeof GeneratePlanOnDemandSchema>;

export type OnDemandPlanResult =
  | { status: "generated"; mealPlanId: string; weekStart: string }
  | { status: "exists"; mealPlanId: string; weekStart: string }
  | { status: "not_enabled" };

/**
 * A person's plan for the current week, now, without waiting for their plan day (architecture §data flow 4):
 * the same use case as the weekly job, recorded in `job_executions` as a WeeklyGeneration run triggered
 * `on_demand`, so it counts in the canary metrics. The caller emits `plan/generated` so notification and
 * FatSecret sync follow wherever Inngest runs. Limited per person, since each plan costs real CPU.
 */
export async function generatePlanOnDemand(
  input: GeneratePlanOnDemand,
  now = new Date(),
): Promise<OnDemandPlanResult> {
  const { userId, replaceExisting } = GeneratePlanOnDemandSchema.parse(input);
  if (!(await isFeatureEnabled({ id: userId }, GENERATION_FLAG))) return { status: "not_enabled" };
  const prefs = await db.dietaryPreference.findUnique({ where: { userId }, select: { timeZone: true } });
  const weekStart = currentWeekStart(now, prefs?.timeZone ?? "UTC");
  if (!replaceExisting) {
    const existing = await db.mealPlan.findUnique({
      where: { userId_weekStart: { userId, weekStart: new Date(`${weekStart}T00:00:00Z`) } },
      select: { id: true, status: true },
    });
    if (existing?.status === "ready") return { status: "exists", mealPlanId: existing.id, weekStart };
  }
  try {
    await enforceRateLimit("plan-on-demand", userId, {
      points: env.ON_DEMAND_PLANS_PER_HOUR,
      durationSeconds: 3600,
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") {
      const seconds = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 60;
      throw new AppError(
        "RATE_LIMITED",
        `You can make ${env.ON_DEMAND_PLANS_PER_HOUR} plans an hour. Try again in ${Math.ceil(seconds / 60)} min.`,
        { retryAfterSeconds: seconds },
      );
    }
    throw error;
  }
  const plan = await runRecordedJob(
    { jobType: "WeeklyGeneration", functionId: "generate-plan", trigger: "on_demand", userId },
    () => generatePlanForUser(userId, weekStart),
  );
  return { status: "generated", mealPlanId: plan.mealPlanId, weekStart };
}
