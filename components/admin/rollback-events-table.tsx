import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { TruncatedText } from "@/components/ui/truncated-text";
import { UtcTime } from "@/components/admin/utc-time";
import { formatDuration } from "@/lib/admin/format";
import type { RollbackEventView } from "@/lib/rollouts";

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

function formatMeasure(value: number | null): string {
  return value === null ? "—" : numberFormat.format(value);
}

const NONE = <span className="text-stone-400">—</span>;

const COLUMNS: DataTableColumn<RollbackEventView>[] = [
  { id: "time", header: "Time (UTC)", cell: (event) => <UtcTime value={new Date(event.createdAt)} /> },
  {
    id: "flag",
    header: "Flag",
    cell: (event) => <span className="font-mono text-xs">{event.flagName}</span>,
  },
  {
    id: "trigger",
    header: "Trigger",
    cell: (event) => (
      <Badge tone={event.trigger === "automatic" ? "warning" : "neutral"}>{event.trigger}</Badge>
    ),
  },
  { id: "action", header: "Action", cell: (event) => event.action },
  { id: "metric", header: "Metric", cell: (event) => event.metric ?? NONE },
  {
    id: "value",
    header: "Value vs threshold",
    cell: (event) =>
      event.value === null && event.threshold === null
        ? NONE
        : `${formatMeasure(event.value)} vs ${formatMeasure(event.threshold)}`,
    className: "whitespace-nowrap tabular-nums",
  },
  {
    id: "window",
    header: "Window",
    cell: (event) => (event.windowSeconds === null ? NONE : formatDuration(event.windowSeconds * 1000)),
    className: "whitespace-nowrap",
  },
  {
    id: "reason",
    header: "Reason",
    cell: (event) => <TruncatedText text={event.reason} />,
    className: "min-w-48",
  },
  {
    id: "removed",
    header: "Removed enrolments",
    cell: (event) => event.removedEnrolments,
    className: "text-right tabular-nums",
  },
  {
    id: "cancelled",
    header: "Cancelled jobs",
    cell: (event) => event.cancelledJobs,
    className: "text-right tabular-nums",
  },
  {
    id: "restored",
    header: "Restored",
    cell: (event) =>
      event.restoredAt ? (
        <span className="flex flex-col gap-1">
          <Badge tone="success">restored</Badge>
          <UtcTime value={new Date(event.restoredAt)} />
        </span>
      ) : (
        "no"
      ),
  },
];

export function RollbackEventsTable({ rows }: { rows: readonly RollbackEventView[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(event) => event.id}
      testId="rollback-events-table"
      caption="Rollback events"
      emptyMessage="No rollback events yet."
    />
  );
}
