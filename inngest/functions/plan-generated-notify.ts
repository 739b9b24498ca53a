import { NonRetriableError } from "inngest";
import { events, inngest } from "@/inngest/client";
import { env } from "@/lib/env";
import { EmailDeliveryError, deliverOutboxEmail } from "@/lib/email";
import { checkJobMayRun, GENERATION_FLAG } from "@/lib/jobs";
import { enqueuePlanReadyEmail, getLatestPlan } from "@/lib/plans";

export const notifyPlanReady = inngest.createFunction(
  {
    id: "notify-plan-ready",
    triggers: [events.planGenerated, events.planNotifyRequested],
    // Resend's default API limit is 2 requests per second per team.
    throttle: { limit: 2, period: "1s" },
    retries: 5,
    timeouts: { finish: `${env.SCHEDULER_JOB_TIMEOUT_SECONDS}s` },
    cancelOn: [{ event: events.flagRolledBack, if: `async.data.flagName == '${GENERATION_FLAG}'` }],
  },
  async ({ event, step }) => {
    const { userId } = event.data;
    const scheduledJobId = event.name === "plan/notify.requested" ? event.data.scheduledJobId : undefined;
    const gate = await step.run("check-may-run", () =>
      checkJobMayRun({ jobType: "PlanNotification", userId, scheduledJobId }),
    );
    if (!gate.mayRun) return { outcome: "cancelled" as const, reason: gate.reason };
    const mealPlanId =
      event.name === "plan/generated"
        ? event.data.mealPlanId
        : await step.run("find-latest-plan", async () => (await getLatestPlan(userId))?.id ?? null);
    if (!mealPlanId) return { outcome: "completed" as const, skipped: "no plan to announce" };
    const queued = await step.run("enqueue-email", () => enqueuePlanReadyEmail(mealPlanId));
    if (queued.status !== "pending") return { outcome: "completed" as const, skipped: queued.status };
    const delivery = await step.run("deliver-email", async () => {
      try {
        return await deliverOutboxEmail(queued.outboxId);
      } catch (error) {
        if (error instanceof EmailDeliveryError && !error.isRetryable)
          throw new NonRetriableError(error.message);
        throw error;
      }
    });
    return { outcome: "completed" as const, delivery };
  },
);
