import Link from "next/link";
import { RolloutPanel } from "@/app/admin/_components/rollout-panel";
import { requireStaff } from "@/lib/auth/session";
import { getConsoleSummary } from "@/lib/admin/get-console-summary";
import { getRolloutOverview } from "@/lib/admin/get-rollout-dashboard";

export const metadata = { title: "Rollout console · Meal Planner" };

export default async function AdminOverviewPage() {
  await requireStaff();
  const [summary, overview] = await Promise.all([getConsoleSummary(), getRolloutOverview()]);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">Rollout console</h1>
      <div className="grid gap-4 sm:grid-cols-3">
        <Tile label="Users" value={summary.users} />
        <Tile label="Job runs (24 h)" value={summary.executions} />
        <Tile label="Failed runs (24 h)" value={summary.failed} />
      </div>
      {overview.rollouts.length === 0 ? (
        <p className="text-sm text-stone-600">No staged rollouts yet: open a flag to create one.</p>
      ) : (
        overview.rollouts.map((dashboard) => (
          <RolloutPanel key={dashboard.status.flagName} dashboard={dashboard} showLink />
        ))
      )}
      <table
        id="flags"
        className="w-full rounded-lg border border-stone-200 bg-white text-sm"
        data-testid="flags-table"
      >
        <thead className="bg-stone-100 text-left">
          <tr>
            <th className="p-2">Flag</th>
            <th className="p-2">Global</th>
            <th className="p-2">Rollout %</th>
            <th className="p-2">Kill switch</th>
            <th className="p-2">Enrolled</th>
          </tr>
        </thead>
        <tbody>
          {overview.flags.map((flag) => (
            <tr key={flag.flagName} className="border-t border-stone-100">
              <td className="p-2 font-mono">
                <Link href={`/admin/flags/${flag.flagName}`} className="text-brand-700 underline">
                  {flag.flagName}
                </Link>
              </td>
              <td className="p-2">{flag.enabledGlobally ? "on" : "off"}</td>
              <td className="p-2">{flag.rolloutPercentage}</td>
              <td className="p-2">{flag.killSwitch ? "ENGAGED" : "—"}</td>
              <td className="p-2">{flag.enabledEnrolmentCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Tile({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4">
      <div className="text-sm text-stone-500">{label}</div>
      <div className="text-2xl font-semibold">{value}</div>
    </div>
  );
}
