import { NonRetriableError } from "inngest";
import { events, inngest } from "@/inngest/client";
import { AppError } from "@/lib/errors/app-error";
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
    concurrency: { limit: 5 },
    retries: 3,
    idempotency: "event.data.userId + '-' + event.data.weekStart",
  },
  async ({ event, step }) => {
    const plan = await step.run("generate-and-store-plan", () =>
      generatePlanForUser(event.data.userId, event.data.weekStart).catch(asNonRetriable),
    );
    await step.sendEvent("emit-plan-generated", {
      name: "plan/generated",
      data: { userId: event.data.userId, mealPlanId: plan.mealPlanId },
    });
    return plan;
  },
);
