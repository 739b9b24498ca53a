import { NextResponse } from "next/server";
import { withStaff } from "@/lib/auth/with-staff";
import {
  BookScheduledJobSchema,
  ListScheduledJobsSchema,
  bookScheduledJob,
  listScheduledJobsForApi,
} from "@/lib/jobs";

export const dynamic = "force-dynamic";

// The rollout plan's nginx rule for /api/scheduler: 10 requests/s with a burst of 20.
const rateLimit = { name: "scheduler-api", points: 20, durationSeconds: 2 };

export const POST = withStaff(
  async (request) => {
    const body: unknown = await request.json().catch(() => null);
    const job = await bookScheduledJob(BookScheduledJobSchema.parse(body ?? {}));
    return NextResponse.json(job, { status: 201 });
  },
  { rateLimit },
);

export const GET = withStaff(
  async (request) => {
    const query = ListScheduledJobsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    return NextResponse.json({ jobs: await listScheduledJobsForApi(query) });
  },
  { rateLimit },
);
