/**
 * The rollout plan's Grafana dashboard (§5.2), built from Grafana's own schema types so the compiler checks
 * its shape; `npm run ops:dashboard` writes it to ops/grafana/phase3-dashboard.json, and a test checks that
 * file is this output and that every query names a metric the app exports.
 */
import {
  ThresholdsMode,
  type Dashboard,
  type DataSourceRef,
  type Panel,
  type RowPanel,
} from "@grafana/schema";

const DATASOURCE: DataSourceRef = { type: "prometheus", uid: "${datasource}" };
const WIDTH = 24;

interface Query {
  expr: string;
  legend?: string;
}

interface PanelSpec {
  title: string;
  type: "stat" | "gauge" | "timeseries" | "piechart" | "barchart";
  description: string;
  queries: Query[];
  unit?: string;
  /** Threshold at which the panel turns red (the alert's threshold). */
  redAt?: number;
  max?: number;
  stacked?: boolean;
  width?: number;
}

interface Section {
  title: string;
  height: number;
  panels: PanelSpec[];
}

const sections: Section[] = [
  {
    title: "Overview",
    height: 6,
    panels: [
      {
        title: "Jobs executed (24 h)",
        type: "stat",
        description: "Finished job attempts across all instances in the last 24 hours.",
        queries: [{ expr: "sum(increase(job_executions_total[24h]))" }],
        unit: "short",
        width: 6,
      },
      {
        title: "Success rate",
        type: "gauge",
        description: "Completed attempts as a share of all finished attempts, last 5 minutes.",
        queries: [
          {
            expr: 'sum(rate(job_executions_total{status="completed"}[5m])) / sum(rate(job_executions_total[5m])) * 100',
          },
        ],
        unit: "percent",
        max: 100,
        width: 6,
      },
      {
        title: "Active scheduled jobs",
        type: "stat",
        description:
          "Scheduled jobs pending or running (read from the database; the same on every instance).",
        queries: [{ expr: "max(active_scheduled_jobs)" }],
        unit: "short",
        width: 6,
      },
      {
        title: "Job completion rate",
        type: "timeseries",
        description: "Finished attempts per minute by status.",
        queries: [{ expr: "sum by (status) (rate(job_executions_total[5m])) * 60", legend: "{{status}}" }],
        unit: "short",
        width: 6,
      },
    ],
  },
  {
    title: "Latency",
    height: 8,
    panels: [
      {
        title: "Job duration P50 / P95 / P99",
        type: "timeseries",
        description: "Run duration from the first attempt's start to the end of the last attempt.",
        queries: [0.5, 0.95, 0.99].map((q) => ({
          expr: `histogram_quantile(${q}, sum by (le) (rate(job_execution_duration_seconds_bucket[5m])))`,
          legend: `P${q * 100}`,
        })),
        unit: "s",
        redAt: 30,
        width: 8,
      },
      {
        title: "P99 by job type",
        type: "timeseries",
        description: "Latency breakdown by job type (stacked).",
        queries: [
          {
            expr: "histogram_quantile(0.99, sum by (le, job_type) (rate(job_execution_duration_seconds_bucket[5m])))",
            legend: "{{job_type}}",
          },
        ],
        unit: "s",
        stacked: true,
        width: 8,
      },
      {
        title: "Meal plan generation P50 / P99",
        type: "timeseries",
        description: "Time to plan and store one person's week.",
        queries: [0.5, 0.99].map((q) => ({
          expr: `histogram_quantile(${q}, sum by (le) (rate(meal_plan_generation_duration_seconds_bucket[5m])))`,
          legend: `P${q * 100}`,
        })),
        unit: "s",
        width: 8,
      },
    ],
  },
  {
    title: "Error rate",
    height: 8,
    panels: [
      {
        title: "Job error rate",
        type: "timeseries",
        description:
          "Failed attempts as a share of finished attempts; the alert fires above 5 % for 2 minutes.",
        queries: [
          {
            expr: 'sum(rate(job_executions_total{status="failed"}[5m])) / sum(rate(job_executions_total[5m])) * 100',
            legend: "error rate",
          },
        ],
        unit: "percent",
        redAt: 5,
        width: 8,
      },
      {
        title: "Failures by job type (1 h)",
        type: "piechart",
        description: "Failed attempts in the last hour by job type.",
        queries: [
          {
            expr: 'sum by (job_type) (increase(job_executions_total{status="failed"}[1h]))',
            legend: "{{job_type}}",
          },
        ],
        unit: "short",
        width: 8,
      },
      {
        title: "Retried attempts per minute",
        type: "timeseries",
        description: "Failed attempts Inngest will retry (failed_job_retry_count).",
        queries: [
          {
            expr: "sum by (job_type) (rate(failed_job_retry_count_total[5m])) * 60",
            legend: "{{job_type}}",
          },
        ],
        unit: "short",
        width: 8,
      },
    ],
  },
  {
    title: "API health",
    height: 8,
    panels: [
      {
        title: "FatSecret calls per minute",
        type: "barchart",
        description: "FatSecret API calls by outcome.",
        queries: [
          {
            expr: "sum by (outcome) (rate(fatsecret_api_call_duration_seconds_count[5m])) * 60",
            legend: "{{outcome}}",
          },
        ],
        unit: "short",
        width: 6,
      },
      {
        title: "Tandoor calls per minute",
        type: "barchart",
        description: "Tandoor API calls by outcome.",
        queries: [
          {
            expr: "sum by (outcome) (rate(tandoor_api_call_duration_seconds_count[5m])) * 60",
            legend: "{{outcome}}",
          },
        ],
        unit: "short",
        width: 6,
      },
      {
        title: "API error rates",
        type: "timeseries",
        description:
          "FatSecret errors per minute (the alert fires above 10) and Tandoor's failed share of calls.",
        queries: [
          { expr: "sum(rate(fatsecret_api_errors_total[5m])) * 60", legend: "FatSecret errors/min" },
          {
            expr: 'sum(rate(tandoor_api_call_duration_seconds_count{outcome!="ok"}[5m])) / sum(rate(tandoor_api_call_duration_seconds_count[5m])) * 100',
            legend: "Tandoor failed %",
          },
        ],
        unit: "short",
        redAt: 10,
        width: 6,
      },
      {
        title: "API latency P99",
        type: "timeseries",
        description: "P99 latency of FatSecret and Tandoor calls.",
        queries: [
          {
            expr: "histogram_quantile(0.99, sum by (le) (rate(fatsecret_api_call_duration_seconds_bucket[5m])))",
            legend: "FatSecret",
          },
          {
            expr: "histogram_quantile(0.99, sum by (le) (rate(tandoor_api_call_duration_seconds_bucket[5m])))",
            legend: "Tandoor",
          },
        ],
        unit: "s",
        width: 6,
      },
    ],
  },
  {
    title: "Database",
    height: 8,
    panels: [
      {
        title: "Connection pool utilization",
        type: "gauge",
        description:
          "The busiest instance's pg pool (checked-out connections / pool size); alert above 90 %.",
        queries: [{ expr: "max(db_connection_pool_utilization_percent)" }],
        unit: "percent",
        max: 100,
        redAt: 90,
        width: 8,
      },
      {
        title: "Pool utilization by instance",
        type: "timeseries",
        description: "Each instance has its own pool.",
        queries: [{ expr: "db_connection_pool_utilization_percent", legend: "{{instance}}" }],
        unit: "percent",
        redAt: 90,
        width: 8,
      },
      {
        title: "Connections",
        type: "timeseries",
        description: "Active (checked out), idle and waiting connections, summed over instances.",
        queries: [{ expr: "sum by (state) (db_connection_pool_connections)", legend: "{{state}}" }],
        unit: "short",
        width: 8,
      },
    ],
  },
];

function panelOf(spec: PanelSpec, id: number, x: number, y: number, height: number): Panel {
  const thresholds =
    spec.redAt === undefined
      ? [{ color: "green", value: null }]
      : [
          { color: "green", value: null },
          { color: "red", value: spec.redAt },
        ];
  return {
    id,
    type: spec.type,
    title: spec.title,
    description: spec.description,
    datasource: DATASOURCE,
    gridPos: { x, y, w: spec.width ?? WIDTH, h: height },
    fieldConfig: {
      defaults: {
        unit: spec.unit,
        ...(spec.max !== undefined ? { min: 0, max: spec.max } : {}),
        // Grafana's schema types a threshold value as a number; its JSON uses null for the base step.
        thresholds: {
          mode: ThresholdsMode.Absolute,
          steps: thresholds as { color: string; value: number }[],
        },
        ...(spec.stacked ? { custom: { stacking: { mode: "normal", group: "A" }, fillOpacity: 30 } } : {}),
      },
      overrides: [],
    },
    options: {},
    targets: spec.queries.map((query, index) => ({
      refId: String.fromCharCode(65 + index),
      datasource: DATASOURCE,
      expr: query.expr,
      ...(query.legend ? { legendFormat: query.legend } : {}),
    })),
  };
}

export function buildPhase3Dashboard(): Dashboard {
  const panels: Array<Panel | RowPanel> = [];
  let id = 1;
  let y = 0;
  for (const section of sections) {
    const row: RowPanel = {
      id: id++,
      type: "row",
      title: section.title,
      collapsed: false,
      gridPos: { x: 0, y: y++, w: WIDTH, h: 1 },
      panels: [],
    };
    panels.push(row);
    let x = 0;
    for (const spec of section.panels) {
      panels.push(panelOf(spec, id++, x, y, section.height));
      x += spec.width ?? WIDTH;
    }
    y += section.height;
  }
  return {
    uid: "meal-planner-phase3",
    title: "Meal Planner — Phase 3 rollout",
    description: "The rollout plan's canary dashboard (§4.3, §5.2) on the app's /api/metrics.",
    tags: ["meal-planner", "phase3"],
    editable: true,
    schemaVersion: 39,
    version: 1,
    refresh: "30s",
    time: { from: "now-6h", to: "now" },
    timezone: "utc",
    templating: {
      list: [
        {
          name: "datasource",
          label: "Prometheus",
          type: "datasource",
          query: "prometheus",
        },
      ],
    },
    panels,
  };
}
