import { db, type Prisma } from "@/lib/db";
import { scheduledJobWhere, type JobRowFilters } from "@/lib/admin/job-filters";
import { paginated, toSkipTake, type PageRequest, type Paginated } from "@/lib/admin/pagination";

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
  pageRequest: PageRequest,
): Promise<Paginated<ScheduledJobRow>> {
  const where = scheduledJobWhere(filters);
  const [rows, total] = await Promise.all([
    db.scheduledJob.findMany({
      where,
      select: scheduledJobRowSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...toSkipTake(pageRequest),
    }),
    db.scheduledJob.count({ where }),
  ]);
  return paginated(rows, total, pageRequest);
}
