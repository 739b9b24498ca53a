import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Panel, RowPanel } from "@grafana/schema";
import { describe, expect, it } from "vitest";
import { APP_METRIC_FAMILIES, seriesNamesOf } from "@/lib/observability/metric-names";
import { buildPhase3Dashboard } from "@/ops/grafana/phase3-dashboard";

const KNOWN_SERIES = new Set(APP_METRIC_FAMILIES.flatMap(seriesNamesOf));
const PROMQL_WORDS = new Set([
  "sum",
  "max",
  "min",
  "avg",
  "by",
  "without",
  "rate",
  "increase",
  "histogram_quantile",
  "le",
  "job_type",
  "status",
  "outcome",
  "state",
  "instance",
  "and",
  "or",
  "unless",
  "on",
]);

/** Every identifier in a query that is a metric (not a function, keyword, label or label value). */
function metricsIn(expr: string): string[] {
  const withoutStrings = expr.replace(/"[^"]*"/g, '""').replace(/\[[^\]]*\]/g, "");
  const withoutLabels = withoutStrings.replace(/\{[^}]*\}/g, "").replace(/\([^()]*?\bby\b/g, "(");
  return (withoutLabels.match(/[a-zA-Z_][a-zA-Z0-9_]*/g) ?? []).filter((word) => !PROMQL_WORDS.has(word));
}

const isRow = (panel: Panel | RowPanel): panel is RowPanel => panel.type === "row";

describe("ops/grafana/phase3-dashboard.json", () => {
  const dashboard = buildPhase3Dashboard();
  const panels = (dashboard.panels ?? []).filter((p): p is Panel => !isRow(p));

  it("is exactly what the typed definition builds (npm run ops:dashboard)", () => {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, "phase3-dashboard.json"), "utf8"));
    expect(file).toEqual(JSON.parse(JSON.stringify(dashboard)));
  });

  it("has the plan's five sections", () => {
    const rows = (dashboard.panels ?? []).filter(isRow).map((row) => row.title);
    expect(rows).toEqual(["Overview", "Latency", "Error rate", "API health", "Database"]);
  });

  it("queries only metrics the app exports, through the Prometheus datasource variable", () => {
    for (const panel of panels) {
      expect(panel.targets?.length, panel.title).toBeGreaterThan(0);
      for (const target of panel.targets ?? []) {
        expect(target.datasource).toEqual({ type: "prometheus", uid: "${datasource}" });
        const metrics = metricsIn(String(target.expr));
        expect(metrics.length, String(target.expr)).toBeGreaterThan(0);
        for (const metric of metrics) expect(KNOWN_SERIES, `${panel.title}: ${metric}`).toContain(metric);
      }
    }
  });

  it("shows latency P50/P95/P99, FatSecret and Tandoor, and the pool", () => {
    const exprs = panels.flatMap((p) => p.targets ?? []).map((t) => String(t.expr));
    for (const q of ["0.5", "0.95", "0.99"]) {
      expect(exprs).toContain(
        `histogram_quantile(${q}, sum by (le) (rate(job_execution_duration_seconds_bucket[5m])))`,
      );
    }
    expect(exprs.some((e) => e.includes("fatsecret_api_call_duration_seconds"))).toBe(true);
    expect(exprs.some((e) => e.includes("tandoor_api_call_duration_seconds"))).toBe(true);
    expect(exprs).toContain("max(db_connection_pool_utilization_percent)");
  });

  it("lays panels out without overlap inside Grafana's 24-column grid", () => {
    const cells = new Set<string>();
    for (const panel of dashboard.panels ?? []) {
      const { x = 0, y = 0, w = 0, h = 0 } = panel.gridPos ?? {};
      expect(x + w, panel.title).toBeLessThanOrEqual(24);
      for (let row = y; row < y + h; row += 1)
        for (let col = x; col < x + w; col += 1) {
          const cell = `${row}:${col}`;
          expect(cells.has(cell), `${panel.title} overlaps at ${cell}`).toBe(false);
          cells.add(cell);
        }
    }
  });
});
