import { db, type Prisma } from "@/lib/db";
import { jobExecutionWhere, type JobRowFilters } from "@/lib/admin/job-filters";
import {
  COUNT_CAP,
  keysetConditions,
  keysetDirection,
  toKeysetPage,
  type KeysetPage,
  type KeysetRequest,
} from "@/lib/admin/keyset";
import { CONSOLE_PAGE_SIZE } from "@/lib/admin/pagination";

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
  { older, newer, pageSize = CONSOLE_PAGE_SIZE }: KeysetRequest = {},
): Promise<KeysetPage<JobExecutionRow>> {
  const where = jobExecutionWhere(filters);
  const request = { older, newer };
  const direction = keysetDirection(request);
  const [fetched, counted] = await Promise.all([
    db.jobExecution.findMany({
      where: {
        AND: [
          where,
          ...keysetConditions<Prisma.JobExecutionWhereInput>(
            request,
            (startedAt) => ({ startedAt }),
            (id) => ({ id }),
            (OR) => ({ OR }),
          ),
        ],
      },
      select: jobExecutionRowSelect,
      orderBy: [{ startedAt: direction }, { id: direction }],
      take: pageSize + 1,
    }),
    db.jobExecution.count({ where, take: COUNT_CAP + 1 }),
  ]);
  return toKeysetPage(fetched, request, pageSize, (row) => ({ at: row.startedAt, id: row.id }), counted);
}
