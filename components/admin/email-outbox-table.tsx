import Link from "next/link";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { TruncatedText } from "@/components/ui/truncated-text";
import { EmailStatusBadge } from "@/components/admin/status-badge";
import { UtcTime } from "@/components/admin/utc-time";
import type { OutboxEmailRow } from "@/lib/admin/list-outbox-emails";

const COLUMNS: DataTableColumn<OutboxEmailRow>[] = [
  { id: "created", header: "Created (UTC)", cell: (email) => <UtcTime value={email.createdAt} /> },
  { id: "to", header: "To", cell: (email) => <span className="break-all">{email.toAddress}</span> },
  {
    id: "template",
    header: "Template",
    cell: (email) => <span className="font-mono text-xs whitespace-nowrap">{email.template}</span>,
  },
  {
    id: "subject",
    header: "Subject",
    cell: (email) => <TruncatedText text={email.subject} maxLength={60} />,
  },
  { id: "status", header: "Status", cell: (email) => <EmailStatusBadge status={email.status} /> },
  {
    id: "attempts",
    header: "Attempts",
    cell: (email) => email.attempts,
    className: "text-right tabular-nums",
  },
  {
    id: "last-error",
    header: "Last error",
    cell: (email) =>
      email.lastError ? <TruncatedText text={email.lastError} /> : <span className="text-stone-400">—</span>,
    className: "min-w-48",
  },
  { id: "sent", header: "Sent at (UTC)", cell: (email) => <UtcTime value={email.sentAt} /> },
  {
    id: "preview",
    header: "Preview",
    cell: (email) => (
      <Link href={`/admin/outbox/${email.id}`} className="text-brand-700 underline">
        View<span className="sr-only"> e-mail to {email.toAddress}</span>
      </Link>
    ),
  },
];

export function EmailOutboxTable({ rows }: { rows: readonly OutboxEmailRow[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(email) => email.id}
      testId="email-outbox-table"
      caption="E-mail outbox"
      emptyMessage="No e-mails match these filters."
    />
  );
}
