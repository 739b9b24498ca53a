import { events, inngest } from "@/inngest/client";
import { eventForBooking, type JobEvent } from "@/inngest/job-events";
import { bookDueJobsPage } from "@/lib/jobs";

/**
 * Books one page of due jobs and sends their events in one batch. A retried booking step returns the rows it
 * booked before (found by its booking key), and every event's id is its booking's idempotency key, so a
 * retry neither books twice nor strands a booking without its event.
 */
export const dispatchJobsPage = inngest.createFunction(
  {
    id: "dispatch-jobs-page",
    name: "Dispatch a page of due jobs",
    triggers: [events.dispatchPageRequested],
    // Pages claim rows with SKIP LOCKED, so two can book side by side without overlap.
    concurrency: { limit: 2 },
    retries: 5,
  },
  async ({ event, step }) => {
    const page = await step.run("book-page", () =>
      bookDueJobsPage({
        at: new Date(event.data.at),
        bookingKey: `${event.data.at}:${event.data.page}`,
        limit: event.data.limit,
      }),
    );
    const toSend = page.booked
      .map((booking) => eventForBooking(booking, "scheduled"))
      .filter((e): e is JobEvent => e !== null);
    if (toSend.length > 0) await step.sendEvent("send-job-events", toSend);
    return { booked: page.booked.length, skipped: page.skipped, isRetry: page.isRetry, sent: toSend.length };
  },
);
