import Link from "next/link";
import type { FlagDashboard } from "@/lib/admin/get-rollout-dashboard";
import { GateTiles } from "@/app/admin/_components/gate-tiles";
import { MetricChart } from "@/app/admin/_components/metric-chart";

function formatSoak(ms: number | null): string | null {
  if (ms === null) return null;
  const minutes = Math.ceil(ms / 60_000);
  return minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
}

/** One rollout at a glance: stage, cohort against target, gate tiles and the 24-hour charts. */
export function RolloutPanel({ dashboard, showLink }: { dashboard: FlagDashboard; showLink?: boolean }) {
  const { status } = dashboard;
  const soak = formatSoak(status.soakRemainingMs);
  return (
    <section
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
      data-testid={`rollout-${status.flagName}`}
    >
      <header className="flex flex-wrap items-baseline gap-x-6 gap-y-1">
        <h2 className="font-mono text-lg font-semibold">
          {showLink ? (
            <Link href={`/admin/flags/${status.flagName}`}>{status.flagName}</Link>
          ) : (
            status.flagName
          )}
        </h2>
        <span data-testid="rollout-status" className="text-sm">
          Rollout: <strong>{status.rollout?.status.replace("_", " ") ?? "none"}</strong>
          {status.stage && (
            <>
              {" "}
              · stage {status.stage.index + 1} of {status.rollout?.stages.length} ({status.stage.percentage}{" "}
              %)
            </>
          )}
        </span>
        <span data-testid="cohort-size" className="text-sm">
          Cohort: {status.cohort.enrolledCount} enrolled / target {status.cohort.targetCount} of{" "}
          {status.cohort.totalUsers} users
        </span>
        {soak && <span className="text-sm text-stone-500">soak remaining {soak}</span>}
      </header>
      {status.waitingFor.length > 0 && (
        <ul className="list-inside list-disc text-sm text-amber-800" data-testid="waiting-for">
          {status.waitingFor.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {status.rollout?.stages.some((stage) => stage.overriddenGates.length > 0) && (
        <ul className="space-y-1 text-sm text-stone-700" data-testid="gate-overrides">
          {status.rollout.stages
            .filter((stage) => stage.overriddenGates.length > 0)
            .map((stage) => (
              <li key={stage.position}>
                {stage.percentage} % stage advanced by {stage.overriddenBy ?? "staff"} over gates with no data
                ({stage.overriddenGates.join(", ")}): “{stage.overrideReason}”
              </li>
            ))}
        </ul>
      )}
      <GateTiles title="Canary gates" tiles={dashboard.canaryTiles} testId="canary-gates" />
      <GateTiles title="Everyone else" tiles={dashboard.restTiles} testId="rest-gates" />
      <div className="grid gap-3 md:grid-cols-2">
        {dashboard.charts.map((chart) => (
          <MetricChart
            key={chart.metric}
            title={chart.title}
            unit={chart.unit}
            points={chart.points}
            threshold={chart.threshold}
            isEmpty={chart.isEmpty}
            unavailable={chart.unavailable}
          />
        ))}
      </div>
    </section>
  );
}
