import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/metrics/route";
import { db } from "@/lib/db";
import { APP_METRIC_FAMILIES } from "@/lib/observability/metric-names";
import { registry } from "@/lib/observability/prometheus";
import { resetDatabase } from "@/test/reset-database";

const HERE = import.meta.dirname;

/** Runs promtool; fails the test with the install hint when it is missing (Debian: apt-get install prometheus). */
function promtool(args: string[], input?: string) {
  const result = spawnSync("promtool", args, { input, encoding: "utf8", timeout: 60_000 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new Error(
      "promtool is not installed: `apt-get install prometheus` (Debian) provides it; .ci/run installs it.",
    );
  }
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("Prometheus files and the live /api/metrics scrape, checked by promtool", () => {
  const work = mkdtempSync(join(tmpdir(), "promtool-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("promtool check rules: alerts.yml", () => {
    const { code, output } = promtool(["check", "rules", join(HERE, "alerts.yml")]);
    expect(output).toContain("SUCCESS: 4 rules found");
    expect(code, output).toBe(0);
  });

  it("promtool test rules: every alert fires on a breach held for its window, and not before", () => {
    const { code, output } = promtool(["test", "rules", join(HERE, "alerts.test.yml")]);
    expect(code, output).toBe(0);
    expect(output).toContain("SUCCESS");
  });

  it("promtool check config: prometheus.yml (the token file path swapped for a temporary one)", () => {
    copyFileSync(join(HERE, "alerts.yml"), join(work, "alerts.yml"));
    writeFileSync(join(work, "metrics_token"), "a-token-for-the-config-check");
    const config = readFileSync(join(HERE, "prometheus.yml"), "utf8");
    expect(config).toContain("credentials_file: /run/secrets/metrics_token");
    expect(config).toContain("metrics_path: /api/metrics");
    writeFileSync(
      join(work, "prometheus.yml"),
      config.replace("/run/secrets/metrics_token", join(work, "metrics_token")),
    );
    const { code, output } = promtool(["check", "config", join(work, "prometheus.yml")]);
    expect(code, output).toBe(0);
  });

  describe("promtool check metrics on a scrape through the real route handler", () => {
    beforeAll(async () => {
      await resetDatabase();
      await db.scheduledJob.create({ data: { jobType: "WeeklyGeneration", status: "pending" } });
    });

    it("is clean, and carries every metric the rollout plan names", async () => {
      const response = await GET(
        new Request("http://test/api/metrics", {
          headers: { authorization: `Bearer ${process.env.METRICS_TOKEN}` },
        }),
        { params: Promise.resolve({}) },
      );
      expect(response.status).toBe(200);
      const scrape = await response.text();

      for (const family of APP_METRIC_FAMILIES) {
        expect(scrape, family).toContain(`# TYPE ${family} `);
      }
      // …and nothing of the app's own beyond that list (which the dashboard test checks queries against).
      const appFamilies = (await registry.getMetricsAsJSON())
        .map((metric) => metric.name)
        .filter((name) => !/^(process_|nodejs_)/.test(name));
      expect(appFamilies.sort()).toEqual([...APP_METRIC_FAMILIES].sort());
      expect(scrape).toContain("# TYPE email_messages_total counter");
      expect(scrape).toContain("active_scheduled_jobs 1");

      const { code, output } = promtool(["check", "metrics"], scrape);
      expect(output.trim(), output).toBe("");
      expect(code, output).toBe(0);
    });
  });
});
