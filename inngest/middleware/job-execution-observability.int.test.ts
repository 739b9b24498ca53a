import { InngestTestEngine } from "@inngest/test";
import { NonRetriableError } from "inngest";
import type { Metric } from "prom-client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { events, inngest } from "@/inngest/client";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { observeAttemptEnd } from "@/lib/observability/observe-job-run";
import {
  failedJobRetryCount,
  jobExecutionDurationSeconds,
  jobExecutionsTotal,
} from "@/lib/observability/prometheus";
import { resetDatabase } from "@/test/reset-database";

// Metrics are process-wide and other tests in this file move them too: each test reads before and after.
async function valueOf(metric: Metric, name: string, labels: Record<string, string>): Promise<number> {
  const { values } = await metric.get();
  const match = values.find(
    (v) =>
      ((v as { metricName?: string }).metricName ?? name) === name &&
      Object.entries(labels).every(([key, value]) => String(v.labels[key]) === value),
  );
  return match?.value ?? 0;
}

const succeeds = inngest.createFunction(
  { id: "generate-plan", triggers: [events.planGenerateRequested] },
  async () => ({ ok: true }),
);
const failsForGood = inngest.createFunction(
  { id: "sync-fatsecret", triggers: [events.planGenerated] },
  async () => {
    throw new NonRetriableError("FatSecret answered 500");
  },
);
const failsAndRetries = inngest.createFunction(
  { id: "notify-plan-ready", triggers: [events.planGenerated], retries: 3 },
  async () => {
    throw new Error("Resend timed out");
  },
);

const PLAN_LOG_FIELDS = ["job_id", "job_type", "user_id", "status", "duration_ms", "error"] as const;

describe("job execution middleware: metrics and the plan's job log line", () => {
  beforeEach(resetDatabase);
  afterEach(() => vi.restoreAllMocks());

  it("a completed run: counted, its duration observed, one info line with the plan's fields", async () => {
    await db.user.create({ data: { id: "user-1", email: "u1@example.com", name: "U1" } });
    const job = await db.scheduledJob.create({ data: { jobType: "WeeklyGeneration", userId: "user-1" } });
    const info = vi.spyOn(log, "info");
    const labels = { job_type: "WeeklyGeneration", status: "completed" };
    const before = await valueOf(jobExecutionsTotal, "job_executions_total", labels);
    const observedBefore = await valueOf(
      jobExecutionDurationSeconds,
      "job_execution_duration_seconds_count",
      {
        job_type: "WeeklyGeneration",
      },
    );

    const { error } = await new InngestTestEngine({
      function: succeeds,
      events: [
        {
          name: "plan/generate.requested",
          data: { userId: "user-1", weekStart: "2026-11-30", scheduledJobId: job.id },
        },
      ],
    }).execute();
    expect(error).toBeUndefined();

    expect(await valueOf(jobExecutionsTotal, "job_executions_total", labels)).toBe(before + 1);
    expect(
      await valueOf(jobExecutionDurationSeconds, "job_execution_duration_seconds_count", {
        job_type: "WeeklyGeneration",
      }),
    ).toBe(observedBefore + 1);
    const lines = info.mock.calls.filter(
      ([entry]) => typeof entry === "object" && entry !== null && "job_type" in entry,
    );
    expect(lines).toHaveLength(1);
    const [entry, message] = lines[0] as [Record<string, unknown>, string];
    for (const field of PLAN_LOG_FIELDS) expect(entry).toHaveProperty(field);
    expect(entry).toMatchObject({
      job_id: job.id,
      job_type: "WeeklyGeneration",
      user_id: "user-1",
      status: "completed",
      error: null,
      attempt: 0,
    });
    expect(entry.duration_ms).toEqual(expect.any(Number));
    expect(message).toMatch(/WeeklyGeneration completed in \d+ ms/);
  });

  it("a failed attempt Inngest will retry: counted as failed and as a retry, logged at warn, no run duration", async () => {
    const warn = vi.spyOn(log, "warn");
    const failed = { job_type: "PlanNotification", status: "failed" };
    const before = await valueOf(jobExecutionsTotal, "job_executions_total", failed);
    const retriesBefore = await valueOf(failedJobRetryCount, "failed_job_retry_count_total", {
      job_type: "PlanNotification",
    });
    const durationsBefore = await valueOf(
      jobExecutionDurationSeconds,
      "job_execution_duration_seconds_count",
      {
        job_type: "PlanNotification",
      },
    );

    const { error } = await new InngestTestEngine({
      function: failsAndRetries,
      events: [{ name: "plan/generated", data: { userId: "nobody", mealPlanId: "plan-1" } }],
    }).execute();
    expect(error).toBeDefined();

    expect(await valueOf(jobExecutionsTotal, "job_executions_total", failed)).toBe(before + 1);
    expect(
      await valueOf(failedJobRetryCount, "failed_job_retry_count_total", { job_type: "PlanNotification" }),
    ).toBe(retriesBefore + 1);
    expect(
      await valueOf(jobExecutionDurationSeconds, "job_execution_duration_seconds_count", {
        job_type: "PlanNotification",
      }),
    ).toBe(durationsBefore);
    const line = warn.mock.calls.find(
      ([entry]) => typeof entry === "object" && entry !== null && "job_type" in entry,
    );
    expect(line?.[0]).toMatchObject({ status: "failed", will_retry: true, error: "Resend timed out" });
  });

  it("a run that fails for good: no retry counted, its duration observed, logged at error", async () => {
    const errorLog = vi.spyOn(log, "error");
    const retriesBefore = await valueOf(failedJobRetryCount, "failed_job_retry_count_total", {
      job_type: "AutoSync",
    });
    const durationsBefore = await valueOf(
      jobExecutionDurationSeconds,
      "job_execution_duration_seconds_count",
      {
        job_type: "AutoSync",
      },
    );
    await new InngestTestEngine({
      function: failsForGood,
      events: [{ name: "plan/generated", data: { userId: "nobody", mealPlanId: "plan-1" } }],
    }).execute();
    expect(await valueOf(failedJobRetryCount, "failed_job_retry_count_total", { job_type: "AutoSync" })).toBe(
      retriesBefore,
    );
    expect(
      await valueOf(jobExecutionDurationSeconds, "job_execution_duration_seconds_count", {
        job_type: "AutoSync",
      }),
    ).toBe(durationsBefore + 1);
    const line = errorLog.mock.calls.find(
      ([entry]) => typeof entry === "object" && entry !== null && "job_type" in entry,
    );
    expect(line?.[0]).toMatchObject({
      job_type: "AutoSync",
      status: "failed",
      will_retry: false,
      error: "FatSecret answered 500",
    });
  });

  it("measures a retried run from its first attempt's start, not from the last attempt's", async () => {
    const now = Date.now();
    await db.jobExecution.createMany({
      data: [
        {
          runId: "run-9",
          attempt: 0,
          functionId: "rollout-guard",
          jobType: "RolloutGuard",
          status: "failed",
          startedAt: new Date(now - 40_000),
        },
        {
          runId: "run-9",
          attempt: 1,
          functionId: "rollout-guard",
          jobType: "RolloutGuard",
          status: "running",
          startedAt: new Date(now - 1_000),
        },
      ],
    });
    const bucket = (le: string) =>
      valueOf(jobExecutionDurationSeconds, "job_execution_duration_seconds_bucket", {
        job_type: "RolloutGuard",
        le,
      });
    const [under30, under45] = [await bucket("30"), await bucket("45")];
    const info = vi.spyOn(log, "info");

    await observeAttemptEnd(
      {
        runId: "run-9",
        attempt: 1,
        functionId: "rollout-guard",
        jobType: "RolloutGuard",
        jobId: null,
        userId: null,
      },
      { status: "completed", isFinalAttempt: true, requestStartedAt: new Date() },
    );

    // ~40 s: in the 45 s bucket, not in the 30 s one.
    expect(await bucket("30")).toBe(under30);
    expect(await bucket("45")).toBe(under45 + 1);
    // The log line is the attempt's own duration (~1 s), like its job_executions row.
    const entry = info.mock.calls.at(-1)?.[0] as { duration_ms: number; job_id: string };
    expect(entry.job_id).toBe("run-9");
    expect(entry.duration_ms).toBeGreaterThanOrEqual(1_000);
    expect(entry.duration_ms).toBeLessThan(20_000);
  });
});
