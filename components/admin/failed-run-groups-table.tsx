import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { TruncatedText } from "@/components/ui/truncated-text";
import { UtcTime } from "@/components/admin/utc-time";
import type { FailedRunGroup } from "@/lib/admin/group-failed-runs";

const COLUMNS: DataTableColumn<FailedRunGroup>[] = [
  {
    id: "error",
    header: "Error message",
    cell: (group) =>
      group.errorMessage ? (
        <TruncatedText text={group.errorMessage} maxLength={120} />
      ) : (
        <span className="text-stone-400">(no message)</span>
      ),
    className: "min-w-64",
  },
  { id: "count", header: "Failed runs", cell: (group) => group.count, className: "text-right tabular-nums" },
  { id: "last-seen", header: "Last seen (UTC)", cell: (group) => <UtcTime value={group.lastSeenAt} /> },
  { id: "types", header: "Job types", cell: (group) => group.jobTypes.join(", ") },
];

export function FailedRunGroupsTable({ groups }: { groups: readonly FailedRunGroup[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={groups}
      rowKey={(group) => group.errorMessage ?? "\u0000no-message"}
      testId="failed-run-groups-table"
      caption="Failed runs grouped by error message"
      emptyMessage="No failed runs match these filters."
    />
  );
}
