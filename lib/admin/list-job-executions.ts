import { db, type Prisma } from "@/lib/db";
import { jobExecutionWhere, type JobRowFilters } from "@/lib/admin/job-filters";
import { paginated, toSkipTake, type PageRequest, type Paginated } from "@/lib/admin/pagination";

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

/** One page of job runs (every attempt is a row), newest first. */
export async function listJobExecutions(
  filters: JobRowFilters,
  pageRequest: PageRequest,
): Promise<Paginated<JobExecutionRow>> {
  const where = jobExecutionWhere(filters);
  const [rows, total] = await Promise.all([
    db.jobExecution.findMany({
      where,
      select: jobExecutionRowSelect,
      // The id breaks ties between runs started in the same millisecond, so pages never overlap.
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      ...toSkipTake(pageRequest),
    }),
    db.jobExecution.count({ where }),
  ]);
  return paginated(rows, total, pageRequest);
}
