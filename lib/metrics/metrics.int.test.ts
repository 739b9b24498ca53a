import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { EmailStatus, JobStatus, JobType } from "@/lib/generated/prisma/enums";
import {
  getCohortComparison,
  getEmailDeliverySuccess,
  getFatSecretErrorsPerMinute,
  getFatSecretSyncSuccess,
  getJobErrorRate,
  getP99GenerationLatency,
  readPoolUtilisation,
  timeSeries,
} from "@/lib/metrics";
import { ROLLUP_CLOSED_AFTER_MS, splitWindow } from "@/lib/metrics/hourly-rollups";
import { resetDatabase } from "@/test/reset-database";

const FLAG = "phase3_generation_engine";
const MINUTE = 60_000;
let now: Date;
let runCounter = 0;

const ago = (minutes: number): Date => new Date(now.getTime() - minutes * MINUTE);

/**
 * The tests' "now", never in the first minute of an hour: there the hour before is not closed yet,
 * so a day would hold 22 closed hours instead of 23 (a failure once in sixty runs, at whatever time
 * CI happens to run). It waits rather than moving "now" back, since the real-time checks compare
 * against the database clock.
 */
async function testNow(): Promise<Date> {
  const intoHour = Date.now() % (60 * MINUTE);
  const settle = ROLLUP_CLOSED_AFTER_MS + 5_000;
  if (intoHour < settle) await new Promise((resolve) => setTimeout(resolve, settle - intoHour));
  return new Date();
}

async function users(list: [id: string, enrolment?: boolean][]): Promise<void> {
  await db.user.createMany({ data: list.map(([id]) => ({ id, email: `${id}@example.com`, name: id })) });
  await db.userFeatureFlag.createMany({
    data: list.flatMap(([userId, enabled]) =>
      enabled === undefined ? [] : [{ userId, flagName: FLAG, enabled }],
    ),
  });
}

interface Run {
  userId: string | null;
  jobType: JobType;
  status: JobStatus;
  minutesAgo: number;
  durationMs?: number;
  /** Without a scheduled job the run carries only its own user_id. */
  withoutJob?: boolean;
}

async function runs(list: Run[]): Promise<void> {
  const rows = list.map((run) => {
    runCounter += 1;
    // One scheduled job per person and job type, as the scheduler keeps them; its runs all point at it.
    const jobId = run.withoutJob ? null : `job-${run.userId ?? "system"}-${run.jobType}`;
    return { run, jobId, runId: `run-${runCounter}` };
  });
  await db.scheduledJob.createMany({
    data: rows.flatMap(({ run, jobId }) =>
      jobId === null ? [] : [{ id: jobId, jobType: run.jobType, userId: run.userId, status: run.status }],
    ),
    skipDuplicates: true,
  });
  await db.jobExecution.createMany({
    data: rows.map(({ run, jobId, runId }) => ({
      jobId,
      jobType: run.jobType,
      userId: run.userId,
      functionId: "test",
      runId,
      status: run.status,
      startedAt: ago(run.minutesAgo),
      durationMs: run.durationMs ?? (run.status === "running" ? null : 1_000),
    })),
  });
}

async function emails(userId: string | null, statuses: EmailStatus[], minutesAgo: number): Promise<void> {
  await db.emailOutbox.createMany({
    data: statuses.map((status, i) => ({
      userId,
      toAddress: `${userId ?? "ops"}@example.com`,
      template: "plan-ready",
      subject: "Your plan",
      status,
      idempotencyKey: `${userId}-${minutesAgo}-${i}-${status}`,
      createdAt: ago(minutesAgo),
    })),
  });
}

/** Runs a query of the plan and returns the first column of its first row. */
async function scalar(sql: string): Promise<number | null> {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql);
  const value = Object.values(rows[0] ?? {})[0];
  return value === null || value === undefined ? null : Number(value);
}

const CANARY = `(SELECT user_id FROM user_feature_flags WHERE flag_name = '${FLAG}' AND enabled = true)`;

async function seed(): Promise<void> {
  await db.featureFlag.create({ data: { flagName: FLAG } });
  await users([["canary-1", true], ["canary-2", true], ["rest-1"], ["rest-2"], ["opted-out", false]]);
  const durations = Array.from({ length: 40 }, (_, i) => 1_000 + i * 1_500);
  await runs([
    // Canary: 6 finished generation-ish runs, 2 failed → 33.33 %; one running and one cancelled excluded.
    ...durations.slice(0, 20).map((durationMs, i): Run => ({
      userId: i % 2 === 0 ? "canary-1" : "canary-2",
      jobType: "WeeklyGeneration",
      status: "completed",
      minutesAgo: 10 + i * 30,
      durationMs,
    })),
    { userId: "canary-1", jobType: "WeeklyGeneration", status: "failed", minutesAgo: 3 },
    { userId: "canary-2", jobType: "AutoSync", status: "failed", minutesAgo: 2 },
    { userId: "canary-2", jobType: "AutoSync", status: "failed", minutesAgo: 4 },
    { userId: "canary-2", jobType: "AutoSync", status: "completed", minutesAgo: 4 },
    { userId: "canary-1", jobType: "WeeklyGeneration", status: "running", minutesAgo: 1 },
    { userId: "canary-1", jobType: "AutoSync", status: "cancelled", minutesAgo: 1 },
    // Rest (an opted-out user is not canary).
    ...durations.slice(20).map((durationMs, i): Run => ({
      userId: i % 3 === 0 ? "opted-out" : i % 3 === 1 ? "rest-1" : "rest-2",
      jobType: "WeeklyGeneration",
      status: "completed",
      minutesAgo: 20 + i * 25,
      durationMs,
    })),
    { userId: "rest-1", jobType: "AutoSync", status: "completed", minutesAgo: 3 },
    { userId: "rest-1", jobType: "AutoSync", status: "failed", minutesAgo: 2.5 },
    { userId: "rest-2", jobType: "AutoSync", status: "completed", minutesAgo: 7 },
    { userId: "rest-2", jobType: "PlanNotification", status: "failed", minutesAgo: 30 },
    // Outside the 24-hour window.
    { userId: "canary-1", jobType: "WeeklyGeneration", status: "failed", minutesAgo: 25 * 60 },
    // A system run (no user): only in "all".
    { userId: null, jobType: "RolloutGuard", status: "failed", minutesAgo: 2 },
  ]);
}

describe("metric queries agree with the rollout plan's SQL", () => {
  beforeEach(async () => {
    await resetDatabase();
    now = await testNow();
    await seed();
  }, 120_000);

  const day = () => ({ from: ago(24 * 60), to: now });

  it("job error rate (§1.3 'Error rate for canary users'), canary and rest", async () => {
    const planSql = (membership: string) => `
      SELECT
          COUNT(*) FILTER (WHERE status = 'failed') * 100.0 / COUNT(*) as error_rate_pct,
          COUNT(*) as total_jobs
      FROM job_executions
      WHERE job_id IN (
          SELECT id FROM scheduled_jobs
          WHERE user_id ${membership} ${CANARY}
      )
      AND started_at > NOW() - INTERVAL '24 hours'
      AND status IN ('completed', 'failed')`;
    const canary = await getJobErrorRate({ cohort: "canary", flagName: FLAG }, day());
    const rest = await getJobErrorRate({ cohort: "rest", flagName: FLAG }, day());
    expect(canary.value).toBeCloseTo((await scalar(planSql("IN"))) ?? NaN, 9);
    expect(rest.value).toBeCloseTo((await scalar(planSql("NOT IN"))) ?? NaN, 9);
    // 20 completed + 3 failed generation/sync runs + 1 completed sync = 24 finished, 3 failed.
    expect(canary).toMatchObject({ sampleSize: 24 });
    expect(canary.value).toBeCloseTo(12.5, 9);
  });

  it("P99 generation latency (§1.3 'P99 latency') for completed WeeklyGeneration runs", async () => {
    const planSql = (membership: string) => `
      SELECT
          PERCENTILE_CONT(0.99) WITHIN GROUP (ORDER BY duration_ms) as p99_latency_ms
      FROM job_executions
      WHERE started_at > NOW() - INTERVAL '24 hours'
        AND status = 'completed'
        AND job_type = 'WeeklyGeneration'
        AND job_id IN (SELECT id FROM scheduled_jobs WHERE user_id ${membership} ${CANARY})`;
    const canary = await getP99GenerationLatency({ cohort: "canary", flagName: FLAG }, day());
    const rest = await getP99GenerationLatency({ cohort: "rest", flagName: FLAG }, day());
    expect(canary.value).toBeCloseTo((await scalar(planSql("IN"))) ?? NaN, 6);
    expect(rest.value).toBeCloseTo((await scalar(planSql("NOT IN"))) ?? NaN, 6);
    expect(canary.sampleSize).toBe(20);
  });

  it("FatSecret sync success (§1.3 'FatSecret sync success rate')", async () => {
    const planSql = (membership: string) => `
      SELECT
          COUNT(*) FILTER (WHERE status = 'completed') * 100.0 / COUNT(*) as success_rate_pct
      FROM job_executions
      WHERE job_id IN (SELECT id FROM scheduled_jobs WHERE job_type = 'AutoSync'
                         AND user_id ${membership} ${CANARY})
        AND started_at > NOW() - INTERVAL '24 hours'
        AND status IN ('completed', 'failed')`;
    const canary = await getFatSecretSyncSuccess({ cohort: "canary", flagName: FLAG }, day());
    const rest = await getFatSecretSyncSuccess({ cohort: "rest", flagName: FLAG }, day());
    expect(canary.value).toBeCloseTo((await scalar(planSql("IN"))) ?? NaN, 9);
    expect(rest.value).toBeCloseTo((await scalar(planSql("NOT IN"))) ?? NaN, 9);
    expect(canary.value).toBeCloseTo(100 / 3, 9);
  });

  it("real-time health check (Appendix B) over 5 minutes for all activity", async () => {
    const planSql = `
      SELECT
          ROUND(COUNT(*) FILTER (WHERE status = 'failed')::NUMERIC / NULLIF(COUNT(*), 0)::NUMERIC * 100, 2) as error_rate_pct
      FROM job_executions
      WHERE started_at > NOW() - INTERVAL '5 minutes'
        AND status IN ('completed', 'failed')`;
    const all = await getJobErrorRate({ cohort: "all" }, { from: ago(5), to: now });
    expect(Number(all.value?.toFixed(2))).toBe(await scalar(planSql));
    // Seven finished runs in 5 minutes (the running and cancelled ones are left out), the system run included.
    expect(all.sampleSize).toBe(7);
  });

  it("FatSecret errors per minute: failed API calls / window minutes (not failed runs)", async () => {
    // Three failed AutoSync runs are in the window (see the fixture): they do not count by themselves.
    expect((await getFatSecretErrorsPerMinute({ cohort: "all" }, { from: ago(5), to: now })).value).toBe(0);
    await db.fatSecretApiError.createMany({
      data: [1, 2, 2.5, 4, 6].map((minutes) => ({
        method: "food_entry.create",
        reason: "http_429",
        userId: "canary-1",
        occurredAt: ago(minutes),
      })),
    });
    const planSql = `
      SELECT COUNT(*) / 5.0 FROM fatsecret_api_errors WHERE occurred_at > NOW() - INTERVAL '5 minutes'`;
    const all = await getFatSecretErrorsPerMinute({ cohort: "all" }, { from: ago(5), to: now });
    expect(all.value).toBeCloseTo((await scalar(planSql)) ?? NaN, 9);
    expect(all.value).toBeCloseTo(4 / 5, 9);
  });

  it("counts a run without a scheduled job for the user it recorded", async () => {
    const before = await getJobErrorRate({ cohort: "canary", flagName: FLAG }, day());
    await runs([
      { userId: "canary-1", jobType: "WeeklyGeneration", status: "failed", minutesAgo: 5, withoutJob: true },
    ]);
    const after = await getJobErrorRate({ cohort: "canary", flagName: FLAG }, day());
    expect(after.sampleSize).toBe(before.sampleSize + 1);
  });

  it("e-mail delivery: (sent + delivered) / settled (not pending, not suppressed)", async () => {
    await emails("canary-1", ["sent", "delivered", "delivered", "bounced", "pending", "suppressed"], 30);
    await emails("rest-1", ["sent", "failed", "failed"], 30);
    await emails("rest-2", ["delivered"], 26 * 60);
    const definitionSql = (membership: string) => `
      SELECT COUNT(*) FILTER (WHERE status IN ('sent', 'delivered')) * 100.0
             / NULLIF(COUNT(*) FILTER (WHERE status NOT IN ('pending', 'suppressed')), 0)
      FROM email_outbox
      WHERE created_at > NOW() - INTERVAL '24 hours' AND user_id ${membership} ${CANARY}`;
    const canary = await getEmailDeliverySuccess({ cohort: "canary", flagName: FLAG }, day());
    const rest = await getEmailDeliverySuccess({ cohort: "rest", flagName: FLAG }, day());
    expect(canary.value).toBeCloseTo((await scalar(definitionSql("IN"))) ?? NaN, 9);
    expect(rest.value).toBeCloseTo((await scalar(definitionSql("NOT IN"))) ?? NaN, 9);
    expect(canary).toMatchObject({ value: 75, sampleSize: 4 });
  });

  it("e-mail delivery leaves staff alerts out: a rollback alert is not the users' delivery", async () => {
    await db.user.create({ data: { id: "staff-1", email: "ops@example.com", name: "Ops", role: "staff" } });
    await db.emailOutbox.create({
      data: {
        userId: "staff-1",
        toAddress: "ops@example.com",
        template: "rollback-alert",
        subject: "Rolled back",
        status: "sent",
        idempotencyKey: "alert-1",
        createdAt: ago(5),
      },
    });
    const rest = await getEmailDeliverySuccess({ cohort: "rest", flagName: FLAG }, day());
    expect(rest).toMatchObject({ value: null, sampleSize: 0 });
  });

  it("counts people the percentage admits as canary, without an enrolment row", async () => {
    await db.featureFlag.update({ where: { flagName: FLAG }, data: { rolloutPercentage: 100 } });
    await runs([
      { userId: "rest-1", jobType: "AutoSync", status: "failed", minutesAgo: 1 },
      { userId: "opted-out", jobType: "AutoSync", status: "failed", minutesAgo: 1 },
    ]);
    const window = { from: ago(1.5), to: now };
    // At 100 % everyone without an explicit "off" is canary: rest-1 is, the opted-out person is not.
    expect(await getJobErrorRate({ cohort: "canary", flagName: FLAG }, window)).toMatchObject({
      value: 100,
      sampleSize: 1,
    });
    expect(await getJobErrorRate({ cohort: "rest", flagName: FLAG }, window)).toMatchObject({
      value: 100,
      sampleSize: 1,
    });
  });

  it("keeps each row in the cohort its person was in when it was written", async () => {
    const before = await getJobErrorRate({ cohort: "canary", flagName: FLAG }, day());
    // Enrolling rest-1 now and rolling the canary back change who is canary from now on, not history.
    await db.userFeatureFlag.create({ data: { userId: "rest-1", flagName: FLAG, enabled: true } });
    await db.userFeatureFlag.deleteMany({ where: { userId: { in: ["canary-1", "canary-2"] } } });
    expect(await getJobErrorRate({ cohort: "canary", flagName: FLAG }, day())).toEqual(before);
    await runs([{ userId: "rest-1", jobType: "AutoSync", status: "failed", minutesAgo: 0.5 }]);
    const after = await getJobErrorRate({ cohort: "canary", flagName: FLAG }, day());
    expect(after.sampleSize).toBe(before.sampleSize + 1);
    // A run of a system job has no person: it is in neither cohort, whatever the flag says.
    await db.featureFlag.update({ where: { flagName: FLAG }, data: { enabledGlobally: true } });
    await runs([{ userId: null, jobType: "RolloutGuard", status: "failed", minutesAgo: 0.2 }]);
    expect(await getJobErrorRate({ cohort: "canary", flagName: FLAG }, day())).toEqual(after);
  });

  it("reads a day's closed hours of an additive metric from the stored roll-ups, the ends from the rows", async () => {
    const scope = { cohort: "canary" as const, flagName: FLAG };
    const fromRows = await getJobErrorRate(scope, day());
    expect(await db.metricHourlyRollup.count({ where: { metric: "job_error_rate" } })).toBe(23);
    // Read again: the same reading, now from the stored hours.
    expect(await getJobErrorRate(scope, day())).toEqual(fromRows);
    // What is stored is what is read: one failure more in a stored hour moves the rate.
    const hour = await db.metricHourlyRollup.findFirstOrThrow({
      where: { metric: "job_error_rate", sampleSize: { gt: 0 } },
    });
    await db.metricHourlyRollup.updateMany({
      where: { metric: "job_error_rate", hourStart: hour.hourStart },
      data: { numerator: { increment: 1 }, sampleSize: { increment: 1 } },
    });
    const tampered = await getJobErrorRate(scope, day());
    expect(tampered.sampleSize).toBe(fromRows.sampleSize + 1);
    expect(tampered.value).toBeCloseTo(
      (((fromRows.value ?? 0) * fromRows.sampleSize) / 100 + 1) * (100 / (fromRows.sampleSize + 1)),
      9,
    );
    // A percentile does not add up: p99 is always read from the rows.
    await getP99GenerationLatency(scope, day());
    expect(await db.metricHourlyRollup.count({ where: { metric: "p99_generation_latency" } })).toBe(0);
  });

  it("compares canary, rest and all side by side", async () => {
    const comparison = await getCohortComparison({ flagName: FLAG, ...day() });
    const row = comparison.rows.find((r) => r.metric === "job_error_rate");
    expect(row?.canary.value).toBeCloseTo(12.5, 9);
    expect(row?.all.sampleSize).toBeGreaterThan((row?.canary.sampleSize ?? 0) + (row?.rest.sampleSize ?? 0));
    expect(comparison.poolUtilisation.connections).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
  });

  it("rejects a canary query without a flag", async () => {
    await expect(getJobErrorRate({ cohort: "canary" }, day())).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("pool utilisation", () => {
  it("is busy client connections to this database over the pool capacity", async () => {
    const reading = await readPoolUtilisation();
    const connections = await scalar(
      "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()",
    );
    // Other test connections come and go; the counts are of the same moment only roughly.
    expect(Math.abs(reading.connections - (connections ?? 0))).toBeLessThanOrEqual(2);
    expect(reading.busy).toBeGreaterThanOrEqual(1);
    expect(reading.busy).toBeLessThanOrEqual(reading.connections);
    expect(reading.value).toBeCloseTo((reading.busy / reading.capacity) * 100, 1);
  });
});

describe("timeSeries", () => {
  beforeEach(async () => {
    await resetDatabase();
    now = await testNow();
    await seed();
  }, 120_000);

  it("gives every bucket, each equal to the point query over that bucket", async () => {
    const from = ago(6 * 60);
    const series = await timeSeries({
      metric: "job_error_rate",
      cohort: "canary",
      flagName: FLAG,
      from,
      to: now,
      bucket: "1h",
    });
    expect(series.points.length).toBeGreaterThanOrEqual(6);
    expect(series.points.length).toBeLessThanOrEqual(7);
    for (const point of series.points) {
      const start = new Date(point.at);
      const end = new Date(start.getTime() + 3_600_000);
      const reading = await getJobErrorRate(
        { cohort: "canary", flagName: FLAG },
        {
          from: new Date(Math.max(start.getTime(), from.getTime()) - 1),
          to: new Date(Math.min(end.getTime(), now.getTime()) - 1),
        },
      );
      expect(point.sampleSize).toBe(reading.sampleSize);
      if (reading.value === null) expect(point.value).toBeNull();
      else expect(point.value).toBeCloseTo(reading.value, 9);
    }
    expect(series.points.reduce((sum, p) => sum + p.sampleSize, 0)).toBe(
      (await getJobErrorRate({ cohort: "canary", flagName: FLAG }, { from, to: now })).sampleSize,
    );
  });

  it("keeps closed hours in the roll-up table, and recomputes an hour a later write touches", async () => {
    const input = {
      metric: "job_error_rate" as const,
      cohort: "canary" as const,
      flagName: FLAG,
      from: ago(24 * 60),
      to: now,
      bucket: "1h" as const,
    };
    const first = await timeSeries(input, now);
    const stored = await db.metricHourlyRollup.findMany({ orderBy: { hourStart: "asc" } });
    // Every hour wholly inside the window and already over, and nothing else: 23 of the 25 buckets.
    expect(first.points).toHaveLength(25);
    expect(stored).toHaveLength(23);
    expect(stored.every((row) => row.source === "job_executions" && row.cohort === "canary")).toBe(true);

    // A second view reads them: a stored value (tampered with here) is what it shows.
    const hour = stored[10];
    if (hour === undefined) throw new Error("expected a stored hour");
    await db.metricHourlyRollup.update({
      where: {
        metric_flagName_cohort_hourStart: {
          metric: hour.metric,
          flagName: hour.flagName,
          cohort: hour.cohort,
          hourStart: hour.hourStart,
        },
      },
      data: { value: 42, sampleSize: 7 },
    });
    const at = hour.hourStart.toISOString();
    expect((await timeSeries(input, now)).points.find((p) => p.at === at)).toMatchObject({
      value: 42,
      sampleSize: 7,
    });

    // A run written into that hour drops it, so the next view recomputes it from the runs.
    const runTime = new Date(hour.hourStart.getTime() + 60_000);
    await runs([
      {
        userId: "canary-1",
        jobType: "AutoSync",
        status: "failed",
        minutesAgo: (now.getTime() - runTime.getTime()) / MINUTE,
      },
    ]);
    expect(await db.metricHourlyRollup.count()).toBe(22);
    const recomputed = (await timeSeries(input, now)).points.find((p) => p.at === at);
    const live = await getJobErrorRate(
      { cohort: "canary", flagName: FLAG },
      {
        from: new Date(hour.hourStart.getTime() - 1),
        to: new Date(hour.hourStart.getTime() + 3_600_000 - 1),
      },
    );
    expect(recomputed).toMatchObject({ value: live.value, sampleSize: live.sampleSize });
    expect(live.sampleSize).toBeGreaterThan(0);

    // So does a run that finishes later (an update), and a deleted one.
    await db.metricHourlyRollup.updateMany({ data: { value: 42 } });
    await db.jobExecution.updateMany({ where: { startedAt: runTime }, data: { status: "completed" } });
    expect(await db.metricHourlyRollup.count()).toBe(22);
    expect((await timeSeries(input, now)).points.find((p) => p.at === at)?.value).not.toBe(42);
    expect(await db.metricHourlyRollup.count()).toBe(23);
    await db.jobExecution.deleteMany({ where: { startedAt: runTime } });
    expect(await db.metricHourlyRollup.count()).toBe(22);
  });

  it("charts pool utilisation from the guard's samples, peak per bucket", async () => {
    const base = new Date(Math.floor(now.getTime() / 900_000) * 900_000 - 3_600_000);
    await db.metricSample.createMany({
      data: [10, 40, 20].map((value, i) => ({
        metric: "db_pool_utilisation",
        cohort: "all",
        value,
        sampledAt: new Date(base.getTime() + (i + 1) * 60_000),
      })),
    });
    const series = await timeSeries({
      metric: "db_pool_utilisation",
      cohort: "all",
      from: new Date(base.getTime() - 900_000),
      to: new Date(base.getTime() + 1_800_000),
      bucket: "15m",
    });
    expect(series.points.map((p) => p.value)).toEqual([null, 40, null]);
  });

  it("refuses too many buckets", async () => {
    await expect(
      timeSeries({ metric: "job_error_rate", cohort: "all", from: ago(60 * 24 * 30), to: now, bucket: "1m" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("splitWindow", () => {
  const t = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00.000Z`);
  const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

  it("stores the closed hours wholly inside (from, to] and reads the two ends from the rows", () => {
    expect(splitWindow(t("10:20"), t("14:30"), t("15:00"))).toEqual({
      hours: [t("11:00"), t("12:00"), t("13:00")],
      head: { from: t("10:20"), to: ms(t("11:00"), -1) },
      tail: { from: ms(t("14:00"), -1), to: t("14:30") },
    });
  });

  it("leaves the hour still running, or just ended, to the rows", () => {
    // 13:00–14:00 ended 30 s before `now`: not stored yet.
    expect(splitWindow(t("10:20"), t("14:30"), ms(t("14:00"), 30_000))?.hours).toEqual([
      t("11:00"),
      t("12:00"),
    ]);
  });

  it("needs no head when the window starts just before an hour, and nothing stored in a short window", () => {
    expect(splitWindow(ms(t("11:00"), -1), t("13:00"), t("15:00"))).toEqual({
      hours: [t("11:00"), t("12:00")],
      head: null,
      // A row stamped 13:00 exactly is inside (from, 13:00] but belongs to the 13:00 hour.
      tail: { from: ms(t("13:00"), -1), to: t("13:00") },
    });
    expect(splitWindow(t("10:20"), t("11:40"), t("15:00"))).toBeNull();
  });
});
