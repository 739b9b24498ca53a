import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { TruncatedText } from "@/components/ui/truncated-text";
import { JsonChanges } from "@/components/admin/json-changes";
import { UtcTime } from "@/components/admin/utc-time";
import type { AuditEntryRow } from "@/lib/admin/list-audit-entries";

const COLUMNS: DataTableColumn<AuditEntryRow>[] = [
  { id: "time", header: "Time (UTC)", cell: (entry) => <UtcTime value={entry.createdAt} /> },
  {
    id: "what",
    header: "What happened",
    cell: (entry) => (
      <div className="space-y-1" data-action={entry.action}>
        <p data-testid="audit-sentence">{entry.description.sentence}</p>
        {entry.description.people.length > 0 && (
          <details className="text-xs text-stone-600">
            <summary className="cursor-pointer">
              show {entry.description.isSample ? `the first ${entry.description.people.length}` : "who"}
            </summary>
            <ul className="mt-1 space-y-0.5">
              {entry.description.people.map((person) => (
                <li key={person}>{person}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
    ),
    className: "min-w-72",
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
