import { SyncNow } from "@/app/admin/tandoor/_components/sync-now";
import { requireStaff } from "@/lib/auth/session";
import {
  checkTandoorHealth,
  listCatalogueSyncRuns,
  listExcludedTandoorRecipes,
  type CatalogueSyncRunRow,
} from "@/lib/integrations/tandoor";

export const metadata = { title: "Tandoor · Rollout console" };
export const dynamic = "force-dynamic";

function utc(date: Date | null): string {
  return date ? date.toISOString().replace("T", " ").slice(0, 19) : "—";
}

function Runs({ runs }: { runs: CatalogueSyncRunRow[] }) {
  if (runs.length === 0) return <p className="text-sm text-stone-500">No sync has run yet.</p>;
  return (
    <table className="w-full text-left text-sm" data-testid="tandoor-runs">
      <thead className="text-stone-500">
        <tr>
          <th className="py-1">Started (UTC)</th>
          <th>Trigger</th>
          <th>Status</th>
          <th>Seen</th>
          <th>Imported</th>
          <th>Updated</th>
          <th>Unchanged</th>
          <th>Excluded</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.id} className="border-t border-stone-200">
            <td className="py-1">{utc(run.startedAt)}</td>
            <td>{run.trigger}</td>
            <td>{run.status === "failed" ? `failed: ${run.error ?? ""}` : run.status}</td>
            <td>{run.seen}</td>
            <td>{run.imported}</td>
            <td>{run.updated}</td>
            <td>{run.unchanged}</td>
            <td>{run.excluded}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function TandoorPage() {
  await requireStaff("/admin/tandoor");
  const [health, runs, excluded] = await Promise.all([
    checkTandoorHealth(),
    listCatalogueSyncRuns(),
    listExcludedTandoorRecipes(),
  ]);
  return (
    <div className="space-y-6">
      <header className="flex items-start justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">Tandoor recipes</h1>
          <p className="text-sm text-stone-500">The recipe source the planner draws from. Times are UTC.</p>
        </div>
        <SyncNow />
      </header>
      <section className="space-y-1" data-testid="tandoor-health">
        <h2 className="text-lg font-semibold">Connection health</h2>
        <p className="text-sm">
          {!health.isConfigured
            ? "Not configured: set TANDOOR_BASE_URL and TANDOOR_API_TOKEN."
            : health.isHealthy
              ? `Healthy — answered in ${health.latencyMs} ms, ${health.recipeCount} recipes.`
              : `Unhealthy — ${health.error}`}
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Last syncs</h2>
        <Runs runs={runs} />
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Kept out of generation</h2>
        {excluded.length === 0 ? (
          <p className="text-sm text-stone-500">Every synced recipe is in use.</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="tandoor-excluded">
            {excluded.map((recipe) => (
              <li key={recipe.externalId}>
                <span className="font-medium">{recipe.name}</span> (#{recipe.externalId}):{" "}
                {recipe.exclusionReason}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
