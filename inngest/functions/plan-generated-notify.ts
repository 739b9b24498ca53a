import { NonRetriableError } from "inngest";
import { events, inngest } from "@/inngest/client";
import { EmailDeliveryError, deliverOutboxEmail } from "@/lib/email";
import { enqueuePlanReadyEmail } from "@/lib/plans";

export const notifyPlanReady = inngest.createFunction(
  {
    id: "notify-plan-ready",
    triggers: [events.planGenerated],
    // Resend's default API limit is 2 requests per second per team.
    throttle: { limit: 2, period: "1s" },
    retries: 5,
  },
  async ({ event, step }) => {
    const queued = await step.run("enqueue-email", () => enqueuePlanReadyEmail(event.data.mealPlanId));
    if (queued.status !== "pending") return { skipped: queued.status };
    return step.run("deliver-email", async () => {
      try {
        return await deliverOutboxEmail(queued.outboxId);
      } catch (error) {
        if (error instanceof EmailDeliveryError && !error.isRetryable)
          throw new NonRetriableError(error.message);
        throw error;
      }
    });
  },
);
