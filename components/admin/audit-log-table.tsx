import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { TruncatedText } from "@/components/ui/truncated-text";
import { JsonChanges } from "@/components/admin/json-changes";
import { UtcTime } from "@/components/admin/utc-time";
import type { AuditEntryRow } from "@/lib/admin/list-audit-entries";

const COLUMNS: DataTableColumn<AuditEntryRow>[] = [
  { id: "time", header: "Time (UTC)", cell: (entry) => <UtcTime value={entry.createdAt} /> },
  { id: "actor", header: "Actor", cell: (entry) => entry.actorLabel },
  {
    id: "action",
    header: "Action",
    cell: (entry) => <span className="font-mono text-xs">{entry.action}</span>,
  },
  {
    id: "target",
    header: "Target",
    cell: (entry) => (
      <span className="font-mono text-xs break-all">
        {entry.targetType}:{entry.targetId}
      </span>
    ),
  },
  {
    id: "changes",
    header: "Before → after",
    cell: (entry) => <JsonChanges changes={entry.changes} />,
    className: "min-w-56",
  },
  {
    id: "reason",
    header: "Reason",
    cell: (entry) =>
      entry.reason ? <TruncatedText text={entry.reason} /> : <span className="text-stone-400">—</span>,
    className: "min-w-40",
  },
];

export function AuditLogTable({ rows }: { rows: readonly AuditEntryRow[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(entry) => entry.id}
      testId="audit-log-table"
      caption="Audit log"
      emptyMessage="No audit entries match these filters."
    />
  );
}
