import { AppError } from "@/lib/errors/app-error";
import { FlagNameSchema } from "@/lib/flags/flag-inputs";
import { listFlags } from "@/lib/flags/server";
import { timeSeries, type TimeSeriesMetric } from "@/lib/metrics";
import { getRolloutStatus, listRollbackEvents, type GateTile, type RolloutStatusView } from "@/lib/rollouts";

export interface DashboardTile {
  key: string;
  label: string;
  value: string;
  threshold: string;
  isGreen: boolean;
}

export interface DashboardChart {
  metric: TimeSeriesMetric;
  title: string;
  unit: string;
  threshold: number;
  points: { at: string; canary: number | null; rest: number | null }[];
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

function formatValue(value: number, unit: string): string {
  return unit === "%" ? `${round(value)} %` : `${round(value)} ${unit}`;
}

/** A gate as the console shows it: the value formatted, and "no data yet" where nothing happened. */
export function toDashboardTile(gate: GateTile): DashboardTile {
  return {
    key: gate.key,
    label: gate.label,
    value: gate.value === null || gate.sampleSize === 0 ? "no data yet" : formatValue(gate.value, gate.unit),
    threshold: `${gate.comparator} ${formatValue(gate.threshold, gate.unit)}`,
    isGreen: gate.isGreen,
  };
}

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
      return {
        metric: chart.metric,
        title: chart.title,
        unit: chart.unit,
        threshold: chart.threshold,
        points: (canary?.points ?? []).map((point, i) => ({
          at: point.at,
          canary: scale(point.value),
          rest: scale(rest?.points[i]?.value),
        })),
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
    canaryTiles: status.gates.canary.map(toDashboardTile),
    restTiles: status.gates.rest.map(toDashboardTile),
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

export { listRollbackEvents };
