import { db, type Prisma } from "@/lib/db";
import { scheduledJobWhere, type JobRowFilters } from "@/lib/admin/job-filters";
import {
  COUNT_CAP,
  keysetConditions,
  keysetDirection,
  toKeysetPage,
  type KeysetPage,
  type KeysetRequest,
} from "@/lib/admin/keyset";
import { CONSOLE_PAGE_SIZE } from "@/lib/admin/pagination";

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
  { older, newer, pageSize = CONSOLE_PAGE_SIZE }: KeysetRequest = {},
): Promise<KeysetPage<ScheduledJobRow>> {
  const where = scheduledJobWhere(filters);
  const request = { older, newer };
  const direction = keysetDirection(request);
  const [rows, total] = await Promise.all([
    db.scheduledJob.findMany({
      where: {
        AND: [
          where,
          ...keysetConditions<Prisma.ScheduledJobWhereInput>(
            request,
            (createdAt) => ({ createdAt }),
            (id) => ({ id }),
            (OR) => ({ OR }),
          ),
        ],
      },
      select: scheduledJobRowSelect,
      orderBy: [{ createdAt: direction }, { id: direction }],
      take: pageSize + 1,
    }),
    db.scheduledJob.count({ where, take: COUNT_CAP + 1 }),
  ]);
  return toKeysetPage(rows, request, pageSize, (row) => ({ at: row.createdAt, id: row.id }), total);
}
