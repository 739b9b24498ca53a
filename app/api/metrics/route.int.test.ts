import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/metrics/route";
import { db } from "@/lib/db";
import { isFeatureEnabled } from "@/lib/flags/server";
import { jobExecutionsTotal } from "@/lib/observability/prometheus";
import { resetDatabase } from "@/test/reset-database";

const segment = { params: Promise.resolve({}) };
const scrape = (authorization?: string) =>
  GET(new Request("http://test/api/metrics", { headers: authorization ? { authorization } : {} }), segment);

describe("GET /api/metrics", () => {
  beforeEach(resetDatabase);

  it("refuses scrapes without the bearer token", async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape("Bearer wrong-token-wrong-token")).status).toBe(401);
    const body = await (await scrape("Bearer nope")).json();
    expect(body.error.message).toMatch(/bearer token/);
  });

  it("serves the Prometheus text format with the rollout metrics", async () => {
    await db.scheduledJob.create({ data: { jobType: "AutoSync", status: "pending" } });
    await db.emailOutbox.create({
      data: {
        toAddress: "a@example.com",
        template: "plan-ready",
        subject: "s",
        idempotencyKey: "k1",
        status: "sent",
      },
    });
    jobExecutionsTotal.inc({ job_type: "WeeklyGeneration", status: "completed" });
    expect(await isFeatureEnabled({ id: "nobody" }, "unknown_flag")).toBe(false);
    const response = await scrape(`Bearer ${process.env.METRICS_TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toContain('job_executions_total{job_type="WeeklyGeneration",status="completed"} 1');
    expect(text).toContain("# TYPE job_execution_duration_seconds histogram");
    expect(text).toContain("active_scheduled_jobs 1");
    expect(text).toContain('email_outbox_messages{status="sent"} 1');
    expect(text).toContain("# TYPE fatsecret_api_errors_total counter");
    expect(text).toContain('flag_evaluations_total{flag="unknown_flag",enabled="false"} 1');
  });
});
