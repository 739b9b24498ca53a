import { cron } from "inngest";
import { events, inngest } from "@/inngest/client";
import { env } from "@/lib/env";
import { planDispatch } from "@/lib/jobs";

/**
 * The scheduler (architecture §data flow 1): every few minutes, count the jobs whose next run is due — weekly
 * plans fall due at each person's local plan hour — and fan out one page event per `SCHEDULER_PAGE_SIZE`
 * of them; `dispatch-jobs-page` books and sends each page. The count is one indexed query and the step
 * output is three numbers, so a million people due in one hour cost this function nothing more. One run at
 * a time: the time is fixed in the first step's output, so a retried run sends the same page ids (Inngest
 * drops repeated ids).
 */
export const dispatchDueJobs = inngest.createFunction(
  {
    id: "dispatch-due-jobs",
    name: "Dispatch due jobs",
    triggers: [cron(env.PLAN_SCHEDULER_CRON)],
    concurrency: { limit: 1 },
    retries: 3,
  },
  async ({ step }) => {
    const dispatch = await step.run("count-due-jobs", () =>
      planDispatch(new Date(), env.SCHEDULER_PAGE_SIZE),
    );
    if (dispatch.pages > 0) {
      await step.sendEvent(
        "request-pages",
        Array.from({ length: dispatch.pages }, (_, page) =>
          events.dispatchPageRequested.create(
            { at: dispatch.at, page, limit: env.SCHEDULER_PAGE_SIZE },
            { id: `dispatch:${dispatch.at}:${page}` },
          ),
        ),
      );
    }
    return dispatch;
  },
);
