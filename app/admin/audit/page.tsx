import { AuditFiltersForm } from "@/components/admin/audit-filters-form";
import { AuditLogTable } from "@/components/admin/audit-log-table";
import { InvalidFilters } from "@/components/admin/invalid-filters";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { AuditFiltersSchema, type AuditFilters } from "@/lib/admin/audit-filters";
import { listAuditEntries } from "@/lib/admin/list-audit-entries";
import { flattenSearchParams, parseSearchParams, type RawSearchParams } from "@/lib/admin/search-params";
import { requireStaff } from "@/lib/auth/session";

export const metadata = { title: "Audit log · Rollout console" };

const PATH = "/admin/audit";

export default async function AuditPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireStaff(PATH);
  const raw = await searchParams;
  const values = flattenSearchParams(raw);
  const parsed = parseSearchParams(AuditFiltersSchema, raw);

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <p className="text-sm text-stone-500">
          Who changed what, newest first; only the values that changed are shown. Times are UTC.
        </p>
      </header>
      {/* Keyed on the query so "Clear" and back/forward reset the uncontrolled fields. */}
      <AuditFiltersForm key={JSON.stringify(values)} values={values} />
      {parsed.isValid ? (
        <AuditResults filters={parsed.data} values={values} />
      ) : (
        <InvalidFilters message={parsed.message} clearHref={PATH} />
      )}
    </div>
  );
}

async function AuditResults({ filters, values }: { filters: AuditFilters; values: Record<string, string> }) {
  const entries = await listAuditEntries(filters, { older: filters.older, newer: filters.newer });
  return (
    <>
      <AuditLogTable rows={entries.rows} />
      <KeysetPagination
        pathname={PATH}
        params={values}
        label="Audit log pages"
        noun="entries"
        page={entries}
      />
    </>
  );
}
