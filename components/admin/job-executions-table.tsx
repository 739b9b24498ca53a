import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { TruncatedText } from "@/components/ui/truncated-text";
import { JobStatusBadge } from "@/components/admin/status-badge";
import { UtcTime } from "@/components/admin/utc-time";
import { formatDuration } from "@/lib/admin/format";
import type { JobExecutionRow } from "@/lib/admin/list-job-executions";

const COLUMNS: DataTableColumn<JobExecutionRow>[] = [
  { id: "started", header: "Started (UTC)", cell: (run) => <UtcTime value={run.startedAt} /> },
  { id: "type", header: "Job type", cell: (run) => run.jobType },
  {
    id: "function",
    header: "Function",
    cell: (run) => (
      <span className="font-mono text-xs whitespace-nowrap" title={`run ${run.runId}`}>
        {run.functionId}
      </span>
    ),
  },
  { id: "user", header: "User", cell: (run) => run.user?.email ?? <span className="text-stone-400">—</span> },
  { id: "attempt", header: "Attempt", cell: (run) => run.attempt, className: "text-right tabular-nums" },
  { id: "status", header: "Status", cell: (run) => <JobStatusBadge status={run.status} /> },
  {
    id: "duration",
    header: "Duration",
    cell: (run) => formatDuration(run.durationMs),
    className: "text-right whitespace-nowrap tabular-nums",
  },
  {
    id: "error",
    header: "Error",
    cell: (run) =>
      run.errorMessage ? (
        <TruncatedText text={run.errorMessage} maxLength={60} />
      ) : (
        <span className="text-stone-400">—</span>
      ),
    className: "min-w-56",
  },
];

export function JobExecutionsTable({ rows }: { rows: readonly JobExecutionRow[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(run) => run.id}
      testId="job-executions-table"
      caption="Job runs"
      emptyMessage="No job runs match these filters."
    />
  );
}
