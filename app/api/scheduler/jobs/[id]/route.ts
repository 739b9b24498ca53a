import { NextResponse } from "next/server";
import { withSchedulerAccess } from "@/lib/auth/with-scheduler-access";
import { JobIdSchema, UpdateScheduledJobSchema, setScheduledJobEnabled } from "@/lib/jobs";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

/** `{"enabled": false}` switches a job off: the dispatcher skips it and a queued run ends as cancelled. */
export const PATCH = withSchedulerAccess<{ id: string }>(async (request, { params }) => {
  const id = JobIdSchema.parse(params.id);
  const { enabled } = UpdateScheduledJobSchema.parse(await readJsonBody(request));
  return NextResponse.json(await setScheduledJobEnabled(id, enabled));
});
