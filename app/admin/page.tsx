import { requireStaff } from "@/lib/auth/session";
import { getConsoleSummary } from "@/lib/admin/get-console-summary";

export const metadata = { title: "Rollout console · Meal Planner" };

export default async function AdminOverviewPage() {
  await requireStaff();
  const summary = await getConsoleSummary();
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">Rollout console</h1>
      <div className="grid gap-4 sm:grid-cols-3">
        <Tile label="Users" value={summary.users} />
        <Tile label="Job runs (24 h)" value={summary.executions} />
        <Tile label="Failed runs (24 h)" value={summary.failed} />
      </div>
      <table className="w-full rounded-lg border border-stone-200 bg-white text-sm">
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
          {summary.flags.map((flag) => (
            <tr key={flag.flagName} className="border-t border-stone-100">
              <td className="p-2 font-mono">{flag.flagName}</td>
              <td className="p-2">{flag.enabledGlobally ? "on" : "off"}</td>
              <td className="p-2">{flag.rolloutPercentage.toString()}</td>
              <td className="p-2">{flag.killSwitch ? "ENGAGED" : "—"}</td>
              <td className="p-2">{flag._count.enrolments}</td>
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
