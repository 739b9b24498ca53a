import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { env } from "@/lib/env";
import { bookDuePlanJobs } from "@/lib/plans";

/**
 * Hourly fan-out: everyone whose local plan day and hour is now (Friday 06:00 by default) gets one
 * `plan/generate.requested` event. The event id is the job's idempotency key, so a retried run sends nothing new.
 */
export const scheduleWeeklyPlans = inngest.createFunction(
  { id: "schedule-weekly-plans", triggers: [cron(env.PLAN_SCHEDULER_CRON)], concurrency: { limit: 1 } },
  async ({ step }) => {
    const { booked, isPaused } = await step.run("book-due-jobs", () => bookDuePlanJobs());
    if (booked.length > 0) {
      await step.sendEvent(
        "request-plans",
        booked.map((job) => ({
          id: job.idempotencyKey,
          name: "plan/generate.requested" as const,
          data: { userId: job.userId, weekStart: job.weekStart, scheduledJobId: job.scheduledJobId },
        })),
      );
    }
    return { booked: booked.length, isPaused };
  },
);
