import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { FlagNameSchema } from "@/lib/flags/flag-inputs";
import { listFlags } from "@/lib/flags/server";
import { log } from "@/lib/log";
import { timeSeries, type TimeSeries, type TimeSeriesInput, type TimeSeriesMetric } from "@/lib/metrics";
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
  /** Why the chart could not be computed (its query failed or ran out of time); null when it was. */
  unavailable: string | null;
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

function unavailableReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /statement timeout/i.test(message)
    ? "Not available: its query took longer than the database allows (DATABASE_STATEMENT_TIMEOUT_MS)."
    : "Not available: its query failed (details in the server log).";
}

/**
 * The last 24 hours of each gate metric, hourly, canary against everyone else. A chart whose query fails
 * says so and the rest of the page still renders: the flag page is where staff roll back, and a slow chart
 * (at a million users one can pass the statement timeout) must not take the rollback button with it.
 */
export async function getRolloutCharts(
  flagName: string,
  now = new Date(),
  loadSeries: (input: TimeSeriesInput) => Promise<TimeSeries> = timeSeries,
): Promise<DashboardChart[]> {
  const from = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  return Promise.all(
    CHARTS.map(async (chart) => {
      const heading = {
        metric: chart.metric,
        title: chart.title,
        unit: chart.unit,
        threshold: chart.threshold,
      };
      const load = (cohort: "canary" | "rest") =>
        loadSeries({ metric: chart.metric, cohort, flagName, from, to: now, bucket: "1h" });
      let canary: TimeSeries;
      let rest: TimeSeries;
      try {
        [canary, rest] = await Promise.all([load("canary"), load("rest")]);
      } catch (error) {
        log.warn({ err: error, flagName, metric: chart.metric }, "rollout chart not available");
        return { ...heading, points: [], isEmpty: true, unavailable: unavailableReason(error) };
      }
      const scale = (v: number | null | undefined) =>
        v === null || v === undefined ? null : round(v * (chart.scale ?? 1));
      const points = canary.points.map((point, i) => ({
        at: point.at,
        canary: scale(point.value),
        rest: scale(rest.points[i]?.value),
      }));
      return {
        ...heading,
        points,
        isEmpty: points.every((point) => point.canary === null && point.rest === null),
        unavailable: null,
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

/**
 * Every flag, and a dashboard for each staged rollout. Gates and charts are computed only for flags that have
 * a rollout: they are the only ones shown, and each dashboard is a dozen metric queries.
 */
export async function getRolloutOverview(now = new Date()) {
  const [flags, withRollouts] = await Promise.all([
    listFlags(),
    db.rollout.findMany({ select: { flagName: true }, distinct: ["flagName"] }),
  ]);
  const hasRollout = new Set(withRollouts.map((rollout) => rollout.flagName));
  const dashboards = await Promise.all(
    flags.filter((flag) => hasRollout.has(flag.flagName)).map((flag) => getFlagDashboard(flag.flagName, now)),
  );
  return {
    flags,
    rollouts: dashboards.filter((d) => d.status.rollout !== null && d.status.rollout.stages.length > 0),
  };
}

export { listRollbackEvents, toDashboardTile, type DashboardTile };
