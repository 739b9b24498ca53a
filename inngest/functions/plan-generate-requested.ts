import { NonRetriableError } from "inngest";
import { events, inngest } from "@/inngest/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { checkJobMayRun, GENERATION_FLAG } from "@/lib/jobs";
import { generatePlanForUser } from "@/lib/plans";

/** A person's problem (no targets, unknown user) will not fix itself on retry; everything else may. */
function asNonRetriable(error: unknown): never {
  if (error instanceof AppError && error.status < 500) throw new NonRetriableError(error.message);
  throw error;
}

export const generatePlan = inngest.createFunction(
  {
    id: "generate-plan",
    triggers: [events.planGenerateRequested],
    // Planning is CPU-bound: a few at a time keeps the web process responsive (plan §7.2: 5 concurrent jobs).
    concurrency: { limit: env.SCHEDULER_MAX_CONCURRENT_JOBS },
    retries: 3,
    timeouts: { finish: `${env.SCHEDULER_JOB_TIMEOUT_SECONDS}s` },
    // A rollback cancels every queued run at once; runs already past their first step finish (runbook §3.4).
    cancelOn: [{ event: events.flagRolledBack, if: `async.data.flagName == '${GENERATION_FLAG}'` }],
  },
  async ({ event, step }) => {
    const { userId, weekStart, scheduledJobId } = event.data;
    const gate = await step.run("check-may-run", () =>
      checkJobMayRun({ jobType: "WeeklyGeneration", userId, scheduledJobId }),
    );
    if (!gate.mayRun) return { outcome: "cancelled" as const, reason: gate.reason };
    const plan = await step.run("generate-and-store-plan", () =>
      generatePlanForUser(userId, weekStart).catch(asNonRetriable),
    );
    await step.sendEvent(
      "emit-plan-generated",
      events.planGenerated.create({ userId, mealPlanId: plan.mealPlanId }),
    );
    return { outcome: "completed" as const, ...plan };
  },
);
