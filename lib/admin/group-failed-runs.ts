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
  /** Distinct messages matching the filters, of which `groups` holds the most frequent. */
  totalGroups: number;
}

export interface GroupFailedRunsOptions {
  limit?: number;
}

const DEFAULT_GROUP_LIMIT = 25;

/**
 * Failed runs grouped by their exact error message, most frequent first. The status filter does not apply:
 * this view is only ever about failures.
 */
export async function groupFailedRuns(
  filters: Omit<JobRowFilters, "status">,
  { limit = DEFAULT_GROUP_LIMIT }: GroupFailedRunsOptions = {},
): Promise<FailedRunGroups> {
  // Grouping by type as well lets one query give both the counts and the job types each message came from.
  const rows = await db.jobExecution.groupBy({
    by: ["errorMessage", "jobType"],
    where: { ...jobExecutionWhere({ ...filters, status: undefined }), status: "failed" },
    _count: { _all: true },
    _max: { startedAt: true },
  });

  const byMessage = new Map<string | null, FailedRunGroup>();
  for (const row of rows) {
    const lastSeenAt = row._max.startedAt;
    if (!lastSeenAt) continue;
    const group = byMessage.get(row.errorMessage);
    if (!group) {
      byMessage.set(row.errorMessage, {
        errorMessage: row.errorMessage,
        count: row._count._all,
        lastSeenAt,
        jobTypes: [row.jobType],
      });
      continue;
    }
    group.count += row._count._all;
    if (lastSeenAt > group.lastSeenAt) group.lastSeenAt = lastSeenAt;
    group.jobTypes.push(row.jobType);
  }

  const groups = [...byMessage.values()]
    .map((group) => ({ ...group, jobTypes: group.jobTypes.toSorted() }))
    .sort((a, b) => b.count - a.count || b.lastSeenAt.getTime() - a.lastSeenAt.getTime());
  return { groups: groups.slice(0, limit), totalGroups: groups.length };
}
