import { AppError } from "@/lib/errors/app-error";
import { FlagNameSchema } from "@/lib/flags/flag-inputs";
import { listFlags } from "@/lib/flags/server";
import { timeSeries, type TimeSeriesMetric } from "@/lib/metrics";
import { toDashboardTile, type DashboardTile } from "@/lib/admin/gate-tile-view";
import { getRolloutStatus, listRollbackEvents, type RolloutStatusView } from "@/lib/rollouts";

export interface DashboardChart {
  metric: TimeSeriesMetric;
  title: string;
  unit: string;
  threshold: number;
  points: { at: string; canary: number | null; rest: number | null }[];
  /** No bucket of either cohort had a value: the chart says so instead of drawing empty axes. */
  isEmpty: boolean;
}

const CHARTS: { metric: TimeSeriesMetric; title: string; unit: string; threshold: number; scale?: number }[] =
  [
    { metric: "job_error_rate", title: "Job error rate", unit: "%", threshold: 1 },
    {
      metric: "p99_generation_latency",
      title: "p99 generation latency",
      unit: "s",
      threshold: 30,
      scale: 1 / 1000,
    },
    { metric: "fatsecret_sync_success", title: "FatSecret sync success", unit: "%", threshold: 95 },
    { metric: "email_delivery_success", title: "E-mail delivery", unit: "%", threshold: 98 },
  ];

const round = (value: number) => (Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10);

/** The last 24 hours of each gate metric, hourly, canary against everyone else. */
export async function getRolloutCharts(flagName: string, now = new Date()): Promise<DashboardChart[]> {
  const from = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  return Promise.all(
    CHARTS.map(async (chart) => {
      const [canary, rest] = await Promise.all(
        (["canary", "rest"] as const).map((cohort) =>
          timeSeries({ metric: chart.metric, cohort, flagName, from, to: now, bucket: "1h" }),
        ),
      );
      const scale = (v: number | null | undefined) =>
        v === null || v === undefined ? null : round(v * (chart.scale ?? 1));
      const points = (canary?.points ?? []).map((point, i) => ({
        at: point.at,
        canary: scale(point.value),
        rest: scale(rest?.points[i]?.value),
      }));
      return {
        metric: chart.metric,
        title: chart.title,
        unit: chart.unit,
        threshold: chart.threshold,
        points,
        isEmpty: points.every((point) => point.canary === null && point.rest === null),
      };
    }),
  );
}

export interface FlagDashboard {
  status: RolloutStatusView;
  canaryTiles: DashboardTile[];
  restTiles: DashboardTile[];
  charts: DashboardChart[];
}

export async function getFlagDashboard(flagName: string, now = new Date()): Promise<FlagDashboard> {
  // The name comes from the address bar: one that cannot exist (a NUL byte, say) is simply not found,
  // before it reaches the database.
  if (!FlagNameSchema.safeParse(flagName).success) throw new AppError("NOT_FOUND", "No such flag.");
  const [status, charts] = await Promise.all([
    getRolloutStatus(flagName, now),
    getRolloutCharts(flagName, now),
  ]);
  return {
    status,
    canaryTiles: status.gates.canary.map((gate) => toDashboardTile(gate, status.gates.window)),
    restTiles: status.gates.rest.map((gate) => toDashboardTile(gate, status.gates.window)),
    charts,
  };
}

/** Every flag that has a rollout, with its dashboard, for the console's overview. */
export async function getRolloutOverview(now = new Date()) {
  const flags = await listFlags();
  const dashboards = await Promise.all(flags.map((flag) => getFlagDashboard(flag.flagName, now)));
  return {
    flags,
    rollouts: dashboards.filter((d) => d.status.rollout !== null && d.status.rollout.stages.length > 0),
  };
}

export { listRollbackEvents, toDashboardTile, type DashboardTile };
