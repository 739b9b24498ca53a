import { EmailOutboxTable } from "@/components/admin/email-outbox-table";
import { InvalidFilters } from "@/components/admin/invalid-filters";
import { OutboxFiltersForm } from "@/components/admin/outbox-filters-form";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { listOutboxEmails } from "@/lib/admin/list-outbox-emails";
import { OutboxFiltersSchema, type OutboxFilters } from "@/lib/admin/outbox-filters";
import { flattenSearchParams, parseSearchParams, type RawSearchParams } from "@/lib/admin/search-params";
import { requireStaff } from "@/lib/auth/session";

export const metadata = { title: "E-mail outbox · Rollout console" };

const PATH = "/admin/outbox";

export default async function OutboxPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireStaff(PATH);
  const raw = await searchParams;
  const values = flattenSearchParams(raw);
  const parsed = parseSearchParams(OutboxFiltersSchema, raw);

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">E-mail outbox</h1>
        <p className="text-sm text-stone-500">
          Every e-mail the app has queued, newest first. Times are UTC.
        </p>
      </header>
      {/* Keyed on the query so "Clear" and back/forward reset the uncontrolled fields. */}
      <OutboxFiltersForm key={JSON.stringify(values)} values={values} />
      {parsed.isValid ? (
        <OutboxResults filters={parsed.data} values={values} />
      ) : (
        <InvalidFilters message={parsed.message} clearHref={PATH} />
      )}
    </div>
  );
}

async function OutboxResults({
  filters,
  values,
}: {
  filters: OutboxFilters;
  values: Record<string, string>;
}) {
  const emails = await listOutboxEmails(filters, { older: filters.older, newer: filters.newer });
  return (
    <>
      <EmailOutboxTable rows={emails.rows} />
      <KeysetPagination pathname={PATH} params={values} label="Outbox pages" noun="e-mails" page={emails} />
    </>
  );
}
