import { NextResponse } from "next/server";
import { withSchedulerAccess } from "@/lib/auth/with-scheduler-access";
import {
  BookScheduledJobSchema,
  ListScheduledJobsSchema,
  bookScheduledJob,
  listScheduledJobsForApi,
} from "@/lib/jobs";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

export const POST = withSchedulerAccess(async (request) => {
  const job = await bookScheduledJob(BookScheduledJobSchema.parse(await readJsonBody(request)));
  return NextResponse.json(job, { status: 201 });
});

export const GET = withSchedulerAccess(async (request) => {
  const query = ListScheduledJobsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await listScheduledJobsForApi(query));
});
