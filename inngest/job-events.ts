import { events } from "@/inngest/client";
import type { JobBooking } from "@/lib/jobs";

type Trigger = "scheduled" | "manual";

/**
 * The event that runs a booked job. Its id is the booking's idempotency key, so a page re-sent after a
 * retry (or a second "run now" for the same booking) starts one run. Null for a booking that cannot run
 * (a per-person job whose person is gone).
 */
export function eventForBooking(booking: JobBooking, trigger: Trigger) {
  const base = { scheduledJobId: booking.scheduledJobId, trigger };
  const options = { id: booking.idempotencyKey };
  const { userId, weekStart } = booking;
  switch (booking.jobType) {
    case "WeeklyGeneration":
      return userId && weekStart
        ? events.planGenerateRequested.create({ ...base, userId, weekStart }, options)
        : null;
    case "PlanNotification":
      return userId ? events.planNotifyRequested.create({ ...base, userId }, options) : null;
    case "AutoSync":
      return userId ? events.fatsecretSyncRequested.create({ ...base, userId }, options) : null;
    case "CatalogueSync":
      return events.catalogueSyncRequested.create(base, options);
    default:
      return null;
  }
}

export type JobEvent = NonNullable<ReturnType<typeof eventForBooking>>;
