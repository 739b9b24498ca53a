import { ConsoleSection } from "@/components/admin/console-section";
import { FailedRunGroupsTable } from "@/components/admin/failed-run-groups-table";
import { InvalidFilters } from "@/components/admin/invalid-filters";
import { JobExecutionsTable } from "@/components/admin/job-executions-table";
import { JobFiltersForm } from "@/components/admin/job-filters-form";
import { ScheduledJobsTable } from "@/components/admin/scheduled-jobs-table";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { groupFailedRuns } from "@/lib/admin/group-failed-runs";
import { JobFiltersSchema, type JobFilters } from "@/lib/admin/job-filters";
import { listJobExecutions } from "@/lib/admin/list-job-executions";
import { listScheduledJobs } from "@/lib/admin/list-scheduled-jobs";
import { flattenSearchParams, parseSearchParams, type RawSearchParams } from "@/lib/admin/search-params";
import { requireStaff } from "@/lib/auth/session";

export const metadata = { title: "Jobs · Rollout console" };

const PATH = "/admin/jobs";

export default async function JobsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireStaff(PATH);
  const raw = await searchParams;
  const values = flattenSearchParams(raw);
  const parsed = parseSearchParams(JobFiltersSchema, raw);

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Jobs</h1>
        <p className="text-sm text-stone-500">
          Every attempt of every Inngest run, and the jobs booked ahead. Times are UTC.
        </p>
      </header>
      {/* Keyed on the query so "Clear" and back/forward reset the uncontrolled fields. */}
      <JobFiltersForm key={JSON.stringify(values)} values={values} />
      {parsed.isValid ? (
        <JobResults filters={parsed.data} values={values} />
      ) : (
        <InvalidFilters message={parsed.message} clearHref={PATH} />
      )}
    </div>
  );
}

async function JobResults({ filters, values }: { filters: JobFilters; values: Record<string, string> }) {
  const [executions, failures, scheduled] = await Promise.all([
    listJobExecutions(filters, { older: filters.older, newer: filters.newer }),
    groupFailedRuns(filters),
    listScheduledJobs(filters, { older: filters.scheduledOlder, newer: filters.scheduledNewer }),
  ]);
  return (
    <>
      <ConsoleSection title="Job runs" description="Newest first; one row per attempt.">
        <JobExecutionsTable rows={executions.rows} />
        <KeysetPagination
          pathname={PATH}
          params={values}
          label="Job runs pages"
          noun="runs"
          page={executions}
        />
      </ConsoleSection>
      <ConsoleSection
        title="Failed runs grouped by error message"
        description={[
          failures.isCapped
            ? `The ${failures.runsRead.toLocaleString("en-US")} most recent failed runs matching the filters (narrow the time range for older ones).`
            : null,
          failures.totalGroups > failures.groups.length
            ? `The ${failures.groups.length} most frequent of ${failures.totalGroups} messages.`
            : "Most frequent first.",
          "The status filter does not apply here.",
        ]
          .filter(Boolean)
          .join(" ")}
      >
        <FailedRunGroupsTable groups={failures.groups} />
      </ConsoleSection>
      <ConsoleSection
        title="Scheduled jobs"
        description="Most recently booked first; the time filters apply to “scheduled for”."
      >
        <ScheduledJobsTable rows={scheduled.rows} />
        <KeysetPagination
          pathname={PATH}
          params={values}
          paramPrefix="scheduled"
          label="Scheduled jobs pages"
          noun="jobs"
          page={scheduled}
        />
      </ConsoleSection>
    </>
  );
}
