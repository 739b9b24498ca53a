import { NextResponse } from "next/server";
import { eventForBooking } from "@/inngest/job-events";
import { sendEvents } from "@/inngest/send-events";
import { withSchedulerAccess } from "@/lib/auth/with-scheduler-access";
import { AppError } from "@/lib/errors/app-error";
import { JobIdSchema, bookRunNow } from "@/lib/jobs";

export const dynamic = "force-dynamic";

/** Runs a job now by sending its event; 503 (and the job left as it was) when Inngest cannot be reached. */
export const POST = withSchedulerAccess<{ id: string }>(async (_request, { params, caller, log }) => {
  const { booking, undo } = await bookRunNow(JobIdSchema.parse(params.id));
  const event = eventForBooking(booking, "manual");
  if (!event) {
    await undo();
    throw new AppError("CONFLICT", "This job has no one to run for.");
  }
  try {
    const { ids } = await sendEvents(event);
    log.info({ jobId: booking.scheduledJobId, caller: caller.label }, "job run requested");
    return NextResponse.json(
      { id: booking.scheduledJobId, status: "pending", event_ids: ids },
      { status: 202 },
    );
  } catch (error) {
    await undo();
    throw error;
  }
});
