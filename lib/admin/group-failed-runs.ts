import { db } from "@/lib/db";
import type { JobType } from "@/lib/generated/prisma/enums";
import { jobExecutionWhere, type JobRowFilters } from "@/lib/admin/job-filters";

export interface FailedRunGroup {
  /** null when the run failed without a message. */
  errorMessage: string | null;
  count: number;
  lastSeenAt: Date;
  jobTypes: JobType[];
}

export interface FailedRunGroups {
  groups: FailedRunGroup[];
  /** Distinct messages among the runs read, of which `groups` holds the most frequent. */
  totalGroups: number;
  /** Failed runs read: the most recent ones matching the filters, at most FAILED_RUNS_READ. */
  runsRead: number;
  /** True when older failed runs match too and were left out. */
  isCapped: boolean;
}

/** How many of the most recent failed runs are grouped: a bound, so ten million runs cost what this many do. */
export const FAILED_RUNS_READ = 5_000;

export interface GroupFailedRunsOptions {
  limit?: number;
}

const DEFAULT_GROUP_LIMIT = 25;

/**
 * The most recent failed runs (at most FAILED_RUNS_READ) grouped by their exact error message, most frequent
 * first. The status filter does not apply: this view is only ever about failures. Read through the
 * (status, started_at) index newest first, so the cost does not grow with the history kept.
 */
export async function groupFailedRuns(
  filters: Omit<JobRowFilters, "status">,
  { limit = DEFAULT_GROUP_LIMIT }: GroupFailedRunsOptions = {},
): Promise<FailedRunGroups> {
  const runs = await db.jobExecution.findMany({
    where: { ...jobExecutionWhere({ ...filters, status: undefined }), status: "failed" },
    select: { errorMessage: true, jobType: true, startedAt: true },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: FAILED_RUNS_READ + 1,
  });
  const isCapped = runs.length > FAILED_RUNS_READ;
  const read = runs.slice(0, FAILED_RUNS_READ);

  const byMessage = new Map<string | null, FailedRunGroup>();
  for (const run of read) {
    const group = byMessage.get(run.errorMessage);
    if (!group) {
      // Newest first: the first run of a message is its last sighting.
      byMessage.set(run.errorMessage, {
        errorMessage: run.errorMessage,
        count: 1,
        lastSeenAt: run.startedAt,
        jobTypes: [run.jobType],
      });
      continue;
    }
    group.count += 1;
    if (!group.jobTypes.includes(run.jobType)) group.jobTypes.push(run.jobType);
  }

  const groups = [...byMessage.values()]
    .map((group) => ({ ...group, jobTypes: group.jobTypes.toSorted() }))
    .sort((a, b) => b.count - a.count || b.lastSeenAt.getTime() - a.lastSeenAt.getTime());
  return { groups: groups.slice(0, limit), totalGroups: groups.length, runsRead: read.length, isCapped };
}
