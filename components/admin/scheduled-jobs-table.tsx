import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { JobStatusBadge } from "@/components/admin/status-badge";
import { UtcTime } from "@/components/admin/utc-time";
import type { ScheduledJobRow } from "@/lib/admin/list-scheduled-jobs";

const COLUMNS: DataTableColumn<ScheduledJobRow>[] = [
  { id: "type", header: "Job type", cell: (job) => job.jobType },
  { id: "user", header: "User", cell: (job) => job.user?.email ?? <span className="text-stone-400">—</span> },
  {
    id: "status",
    header: "Status",
    cell: (job) => (
      <span className="flex gap-1">
        <JobStatusBadge status={job.status} />
        {!job.enabled && <Badge>disabled</Badge>}
      </span>
    ),
  },
  { id: "frequency", header: "Frequency", cell: (job) => job.frequency },
  { id: "scheduled-for", header: "Scheduled for (UTC)", cell: (job) => <UtcTime value={job.scheduledFor} /> },
  { id: "created", header: "Created (UTC)", cell: (job) => <UtcTime value={job.createdAt} /> },
];

export function ScheduledJobsTable({ rows }: { rows: readonly ScheduledJobRow[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(job) => job.id}
      testId="scheduled-jobs-table"
      caption="Scheduled jobs"
      emptyMessage="No scheduled jobs match these filters."
    />
  );
}
