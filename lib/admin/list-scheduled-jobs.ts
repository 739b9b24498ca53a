import { db, type Prisma } from "@/lib/db";
import { scheduledJobWhere, type JobRowFilters } from "@/lib/admin/job-filters";
import { readKeysetPage, type KeysetPage, type KeysetRequest } from "@/lib/admin/keyset";

export const scheduledJobRowSelect = {
  id: true,
  jobType: true,
  status: true,
  enabled: true,
  frequency: true,
  scheduledFor: true,
  createdAt: true,
  user: { select: { email: true } },
} satisfies Prisma.ScheduledJobSelect;

export type ScheduledJobRow = Prisma.ScheduledJobGetPayload<{ select: typeof scheduledJobRowSelect }>;

/** One page of scheduled jobs, most recently booked first. */
export async function listScheduledJobs(
  filters: JobRowFilters,
  request: KeysetRequest = {},
): Promise<KeysetPage<ScheduledJobRow>> {
  const where = scheduledJobWhere(filters);
  return readKeysetPage(
    request,
    "createdAt",
    (args) =>
      db.scheduledJob.findMany({
        where: { AND: [where, ...args.conditions] },
        select: scheduledJobRowSelect,
        orderBy: args.orderBy,
        take: args.take,
      }),
    (take) => db.scheduledJob.count({ where, take }),
  );
}
