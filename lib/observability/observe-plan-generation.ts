import { mealPlanGenerationDurationSeconds } from "@/lib/observability/prometheus";
import { withSpan } from "@/lib/observability/tracing";

/**
 * Times one plan generation into `meal_plan_generation_duration_seconds` (with `status` completed/failed) and
 * wraps it in a `plan.generate` span, whether it runs in an Inngest step, a request or the CLI.
 */
export async function observePlanGeneration<T>(
  attributes: { userId: string; weekStart: string },
  generate: () => Promise<T>,
): Promise<T> {
  const stopTimer = mealPlanGenerationDurationSeconds.startTimer();
  const spanAttributes = { "user.id": attributes.userId, "plan.week_start": attributes.weekStart };
  try {
    const plan = await withSpan("plan.generate", { attributes: spanAttributes }, generate);
    stopTimer({ status: "completed" });
    return plan;
  } catch (error) {
    stopTimer({ status: "failed" });
    throw error;
  }
}
