import { InvalidFilters } from "@/components/admin/invalid-filters";
import { RollbackEventsTable } from "@/components/admin/rollback-events-table";
import { Pagination } from "@/components/ui/pagination";
import { listRollbackEventPage } from "@/lib/rollouts";
import { RollbackFiltersSchema, type RollbackFilters } from "@/lib/admin/rollback-filters";
import { pageInfo } from "@/lib/admin/pagination";
import { flattenSearchParams, parseSearchParams, type RawSearchParams } from "@/lib/admin/search-params";
import { requireStaff } from "@/lib/auth/session";

export const metadata = { title: "Rollbacks · Rollout console" };

const PATH = "/admin/rollbacks";

export default async function RollbacksPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireStaff(PATH);
  const raw = await searchParams;
  const parsed = parseSearchParams(RollbackFiltersSchema, raw);

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Rollbacks</h1>
        <p className="text-sm text-stone-500">
          Automatic rollbacks by the rollout guard and manual ones by staff, newest first. Times are UTC.
        </p>
      </header>
      {parsed.isValid ? (
        <RollbackResults filters={parsed.data} values={flattenSearchParams(raw)} />
      ) : (
        <InvalidFilters message={parsed.message} clearHref={PATH} />
      )}
    </div>
  );
}

async function RollbackResults({
  filters,
  values,
}: {
  filters: RollbackFilters;
  values: Record<string, string>;
}) {
  const events = await listRollbackEventPage({ page: filters.page });
  return (
    <>
      <RollbackEventsTable rows={events.rows} />
      <Pagination pathname={PATH} params={values} label="Rollback pages" {...pageInfo(events)} />
    </>
  );
}
