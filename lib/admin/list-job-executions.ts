import { db, type Prisma } from "@/lib/db";
import { jobExecutionWhere, type JobRowFilters } from "@/lib/admin/job-filters";
import { readKeysetPage, type KeysetPage, type KeysetRequest } from "@/lib/admin/keyset";

export const jobExecutionRowSelect = {
  id: true,
  jobType: true,
  functionId: true,
  runId: true,
  attempt: true,
  status: true,
  startedAt: true,
  finishedAt: true,
  durationMs: true,
  errorMessage: true,
  user: { select: { email: true } },
} satisfies Prisma.JobExecutionSelect;

export type JobExecutionRow = Prisma.JobExecutionGetPayload<{ select: typeof jobExecutionRowSelect }>;

/**
 * One page of job runs (every attempt is a row), newest first, by keyset on (started_at, id): the id breaks
 * ties between runs started in the same millisecond, so pages never overlap or skip.
 */
export async function listJobExecutions(
  filters: JobRowFilters,
  request: KeysetRequest = {},
): Promise<KeysetPage<JobExecutionRow>> {
  const where = jobExecutionWhere(filters);
  return readKeysetPage(
    request,
    "startedAt",
    (args) =>
      db.jobExecution.findMany({
        where: { AND: [where, ...args.conditions] },
        select: jobExecutionRowSelect,
        orderBy: args.orderBy,
        take: args.take,
      }),
    (take) => db.jobExecution.count({ where, take }),
  );
}
