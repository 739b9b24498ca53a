import { beforeEach, describe, expect, it } from "vitest";
import { getRolloutCharts, getRolloutOverview } from "@/lib/admin/get-rollout-dashboard";
import { db } from "@/lib/db";
import { timeSeries, type TimeSeriesInput } from "@/lib/metrics";
import { createRollout } from "@/lib/rollouts";
import { resetDatabase } from "@/test/reset-database";

const FLAG = "phase3_generation_engine";
const NOW = new Date("2026-03-01T12:00:00Z");

describe("the console overview", () => {
  beforeEach(async () => {
    await resetDatabase();
    await db.featureFlag.createMany({ data: [{ flagName: FLAG }, { flagName: "quiet_flag" }] });
  });

  it("lists every flag and a dashboard only for the flag with a staged rollout", async () => {
    await createRollout({
      flagName: FLAG,
      stages: [5, 100].map((percentage) => ({ percentage, minSoakMs: 0 })),
      actor: { id: null, label: "staff@example.com" },
    });
    const overview = await getRolloutOverview(NOW);
    expect(overview.flags.map((flag) => flag.flagName).sort()).toEqual([FLAG, "quiet_flag"].sort());
    expect(overview.rollouts.map((dashboard) => dashboard.status.flagName)).toEqual([FLAG]);
    expect(overview.rollouts[0]?.charts).toHaveLength(4);
  });
});

describe("the flag page's 24-hour charts", () => {
  beforeEach(async () => {
    await resetDatabase();
    await db.featureFlag.create({ data: { flagName: FLAG } });
  });

  it("draw what their queries return, and a chart whose query fails says why while the others still draw", async () => {
    const load = (input: TimeSeriesInput) =>
      input.metric === "fatsecret_sync_success"
        ? Promise.reject(new Error("canceling statement due to statement timeout"))
        : input.metric === "email_delivery_success"
          ? Promise.reject(new Error("connection reset"))
          : timeSeries(input);
    const charts = await getRolloutCharts(FLAG, NOW, load);

    expect(charts.map((chart) => [chart.metric, chart.unavailable])).toEqual([
      ["job_error_rate", null],
      ["p99_generation_latency", null],
      [
        "fatsecret_sync_success",
        "Not available: its query took longer than the database allows (DATABASE_STATEMENT_TIMEOUT_MS).",
      ],
      ["email_delivery_success", "Not available: its query failed (details in the server log)."],
    ]);
    const [errorRate, , sync] = charts;
    expect(errorRate?.points.length).toBeGreaterThanOrEqual(24);
    expect(errorRate?.isEmpty).toBe(true);
    expect(sync?.points).toEqual([]);
  });
});
