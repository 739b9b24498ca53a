/**
 * `npm run bench:rollout`: the rollout at a million users, on a throw-away embedded PostgreSQL.
 *
 * Seeds BENCH_USERS people (default 1,000,000) and BENCH_EXECUTIONS job runs (default 10,000,000) with SQL
 * generate_series, then measures: flag evaluation rate and memory with 50,000 explicit enrolments; enrolling
 * a 5 % cohort; each rollout step 5 → 25 → 50 → 100 %; rollback from 50 % and restore; the console's
 * overview, flag page and jobs page server times; the metrics scrape. Targets from issue 12: each step
 * < 10 s, evaluation memory < 50 MB per process, console p95 < 300 ms, scrape < 100 ms.
 *
 * Smaller runs for a quick look: BENCH_USERS=50000 BENCH_EXECUTIONS=500000 npm run bench:rollout
 * (BENCH_PAGE_RUNS sets how many times each console page is timed, default 20; BENCH_PAGE_RUNS=0 skips the
 * console pages and the scrape; BENCH_SLOW_MS=500 prints every statement that took longer, from PostgreSQL's log).
 */
import { performance } from "node:perf_hooks";
import pg from "pg";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/schema-engine";

const USERS = Number(process.env.BENCH_USERS ?? 1_000_000);
const EXECUTIONS = Number(process.env.BENCH_EXECUTIONS ?? 10_000_000);
const FLAG = "phase3_generation_engine";
const HOUR = 3_600_000;
const PAGE_RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 20);
const SLOW_MS = process.env.BENCH_SLOW_MS === undefined ? null : Number(process.env.BENCH_SLOW_MS);

const results: [string, string, string][] = [];
const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024, 1)} MB`;
function record(name: string, value: string, target = ""): void {
  results.push([name, value, target]);
  console.log(`  ${name}: ${value}${target ? `  (target ${target})` : ""}`);
}
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}
async function p95(fn: () => Promise<unknown>, runs = PAGE_RUNS): Promise<{ p95: number; median: number }> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(fn))[1]);
  times.sort((a, b) => a - b);
  return {
    p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] ?? 0,
    median: times[Math.floor(times.length / 2)] ?? 0,
  };
}

console.log(`bench:rollout — ${fmt(USERS)} users, ${fmt(EXECUTIONS)} job executions`);
const database = await startEmbeddedPostgres({
  persistent: false,
  log: (line) => {
    if (SLOW_MS !== null && line.includes("duration:")) console.log(`    [slow] ${line.slice(0, 400)}`);
  },
});
try {
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  process.env.BETTER_AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret!!";
  process.env.TOKEN_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString("base64");
  process.env.LOG_LEVEL = "silent";

  // Imported after DATABASE_URL is set: lib/env validates on first import.
  const { db } = await import("@/lib/db");
  const { createFeatureFlagClient, enrolCohort } = await import("@/lib/flags/server");
  const rollouts = await import("@/lib/rollouts");
  const { getFlagDashboard, getRolloutOverview } = await import("@/lib/admin/get-rollout-dashboard");
  const { listJobExecutions } = await import("@/lib/admin/list-job-executions");
  const { groupFailedRuns } = await import("@/lib/admin/group-failed-runs");
  const { listScheduledJobs } = await import("@/lib/admin/list-scheduled-jobs");
  const { registry } = await import("@/lib/observability/prometheus");

  const now = new Date();
  const staff = { id: "staff", label: "staff@bench.local" };

  console.log("seeding…");
  // Seeding has its own connection without the app's statement timeout: inserting 10,000,000 rows is not a
  // request. Everything measured below goes through the app's pool and its timeouts.
  const seeder = new pg.Client({ connectionString: database.url });
  await seeder.connect();
  const [, seedMs] = await timed(async () => {
    await seeder.query(`SET statement_timeout = 0`);
    await seeder.query(`SET synchronous_commit = off`);
    // The seed writes each row's cohort itself (below), so the per-row trigger that records it is skipped.
    await seeder.query(`SET session_replication_role = replica`);
    // 1 % beta testers (tag), 30 % signed in within 30 days, the rest idle.
    await seeder.query(`
      INSERT INTO users (id, name, email, tags, last_sign_in_at, created_at, updated_at)
      SELECT 'u' || lpad(g::text, 7, '0'), 'User ' || g, 'user' || g || '@bench.local',
             CASE WHEN g % 100 = 0 THEN ARRAY['beta_tester'] ELSE ARRAY[]::text[] END,
             CASE WHEN g % 10 < 3 THEN now() - (g % 720) * interval '1 hour' END,
             now(), now()
      FROM generate_series(1, ${USERS}) g`);
    await seeder.query(
      `INSERT INTO users (id, name, email, role, created_at, updated_at)
       VALUES ('staff', 'Staff', 'staff@bench.local', 'staff', now(), now())`,
    );
    await db.featureFlag.create({ data: { flagName: FLAG } });
    // Everyone's weekly job, as the scheduler keeps them (the jobs page lists these too).
    await seeder.query(`
      INSERT INTO scheduled_jobs (id, job_type, user_id, frequency, status, scheduled_for, next_run_at,
                                  created_at, updated_at)
      SELECT 'sj' || g, 'WeeklyGeneration', 'u' || lpad(g::text, 7, '0'), 'weekly', 'completed',
             now() - (g % 168) * interval '1 hour', now() + (168 - g % 168) * interval '1 hour',
             now() - (g::float8 / ${USERS}) * interval '90 days', now()
      FROM generate_series(1, ${USERS}) g`);
    // Runs over 30 days, newest now: 70 % generations (0.4 % failed, 1–20 s), 30 % FatSecret syncs. Each run
    // records the cohort of the rollouts below as it was at the time: 5 % from four hours ago, 25 % two hours ago,
    // 50 % in the last hour (by blocks of ten runs, so every job type has canary runs).
    const ageHours = `(g::float8 / ${EXECUTIONS}) * 720`;
    await seeder.query(`
      INSERT INTO job_executions (id, job_type, user_id, function_id, run_id, attempt, status, started_at,
                                  finished_at, duration_ms, error_message, cohort_flags)
      SELECT 'je' || g,
             (CASE WHEN g % 10 < 7 THEN 'WeeklyGeneration' ELSE 'AutoSync' END)::"JobType",
             'u' || lpad((1 + g % ${USERS})::text, 7, '0'),
             CASE WHEN g % 10 < 7 THEN 'generate-plan' ELSE 'sync-fatsecret' END,
             'run-' || g, 0,
             (CASE WHEN g % 10 < 7 AND g % 997 < 3 THEN 'failed' ELSE 'completed' END)::"JobStatus",
             now() - (g::float8 / ${EXECUTIONS}) * interval '30 days',
             now() - (g::float8 / ${EXECUTIONS}) * interval '30 days' + interval '5 seconds',
             1000 + (g % 19000),
             CASE WHEN g % 10 < 7 AND g % 997 < 3 THEN 'upstream timeout ' || (g % 7) END,
             CASE WHEN (g / 10) % 100 < (CASE WHEN ${ageHours} < 1 THEN 50 WHEN ${ageHours} < 2 THEN 25
                                       WHEN ${ageHours} < 4 THEN 5 ELSE 0 END)
                  THEN ARRAY['${FLAG}'] ELSE ARRAY[]::text[] END
      FROM generate_series(1, ${EXECUTIONS}) g`);
    await seeder.query(`
      INSERT INTO email_outbox (id, user_id, to_address, template, subject, status, idempotency_key, created_at,
                                cohort_flags)
      SELECT 'eo' || g, 'u' || lpad((1 + g % ${USERS})::text, 7, '0'), 'user' || g || '@bench.local',
             'plan-ready', 'Your plan', 'delivered', 'bench-' || g,
             now() - (g::float8 / ${Math.max(1, Math.round(EXECUTIONS / 50))}) * interval '30 days',
             CASE WHEN g % 100 < 5 THEN ARRAY['${FLAG}'] ELSE ARRAY[]::text[] END
      FROM generate_series(1, ${Math.max(1, Math.round(EXECUTIONS / 50))}) g`);
    // VACUUM as well as ANALYZE: autovacuum keeps a live database's visibility map set, which index-only
    // counts rely on; a freshly bulk-loaded one has none yet.
    await seeder.query(`VACUUM ANALYZE`);
  });
  await seeder.end();
  record("seed (users, runs, e-mails, VACUUM ANALYZE)", `${fmt(seedMs / 1000, 1)} s`);
  if (SLOW_MS !== null) {
    await db.$executeRawUnsafe(`ALTER SYSTEM SET log_min_duration_statement = ${Math.round(SLOW_MS)}`);
    await db.$executeRawUnsafe(`SELECT pg_reload_conf()`);
  }

  // 50,000 explicit enrolments through the product's own cohort enrolment (5 % of a million).
  const [cohort, enrolMs] = await timed(() =>
    enrolCohort({ flagName: FLAG, cohort: "active_users", targetPercent: 5, actor: staff }, now),
  );
  record(`enrol 5 % cohort (${fmt(cohort.enrolledCount)} people)`, `${fmt(enrolMs / 1000, 2)} s`, "< 10 s");

  // Flag evaluation: one process's cache against a million people, 50,000 of them enrolled.
  const client = createFeatureFlagClient();
  await client.refresh();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const ids = Array.from(
    { length: 20_000 },
    (_, i) => `u${String(1 + ((i * 7919) % USERS)).padStart(7, "0")}`,
  );
  const [, coldMs] = await timed(async () => {
    for (const id of ids) await client.isEnabled({ id }, FLAG);
  });
  record(
    "flag evaluation, first sight of a person (one indexed lookup)",
    `${fmt(ids.length / (coldMs / 1000))} /s`,
  );
  const cached = ids.slice(-5_000);
  let evaluations = 0;
  const [, hotMs] = await timed(async () => {
    for (let round = 0; round < 100; round++) {
      for (const id of cached) {
        await client.isEnabled({ id }, FLAG);
        evaluations++;
      }
    }
  });
  record("flag evaluation, cached person", `${fmt(evaluations / (hotMs / 1000))} /s`);
  gc?.();
  record(
    `flag cache memory (${fmt(client.cache.cachedUserCount)} people cached, LRU bound 10,000)`,
    `${mb(process.memoryUsage().heapUsed - heapBefore)} heap${gc ? "" : " (no --expose-gc: approximate)"}`,
    "< 50 MB",
  );
  record("bench process resident memory", mb(process.memoryUsage().rss));

  // The rollout: stages an hour apart, with the runs seeded above as the canary's history in each window.
  await rollouts.createRollout({
    flagName: FLAG,
    stages: [5, 25, 50, 100].map((percentage) => ({ percentage, minSoakMs: 0 })),
    actor: staff,
  });
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
  const [, startMs] = await timed(() => rollouts.startRollout({ flagName: FLAG, actor: staff }, at(3)));
  record("start canary (5 %, beta cohort enrolled)", `${fmt(startMs / 1000, 2)} s`, "< 10 s");
  for (const [percentage, hoursAgo] of [
    [25, 2],
    [50, 1],
  ] as const) {
    const [, ms] = await timed(() => rollouts.advanceRollout({ flagName: FLAG, actor: staff }, at(hoursAgo)));
    record(`advance to ${percentage} % (gates read + step)`, `${fmt(ms / 1000, 2)} s`, "< 10 s");
  }

  if (PAGE_RUNS > 0) {
    // The first view computes and stores the charts' closed hours; later views read them.
    const [, firstViewMs] = await timed(() => getFlagDashboard(FLAG));
    record("console flag page, first view (23 closed hours × 8 series computed)", `${fmt(firstViewMs)} ms`);
    const [flagPage, flagPageAt50] = [
      await p95(() => getFlagDashboard(FLAG)),
      await p95(() => rollouts.getRolloutStatus(FLAG)),
    ];
    record(
      "console flag page (dashboard) p95",
      `${fmt(flagPage.p95)} ms (median ${fmt(flagPage.median)})`,
      "< 300 ms",
    );
    record("rollout status alone p95", `${fmt(flagPageAt50.p95)} ms`);
    // The stage above is an hour old; a stage that has soaked a day reads its gates over 24 hours.
    const { readCohortGateTiles } = await import("@/lib/rollouts/read-gate-values");
    const { stageGatesConfig } = await import("@/lib/rollouts/rollout-config");
    const dayGates = await p95(() =>
      readCohortGateTiles(FLAG, new Date(Date.now() - 24 * HOUR), new Date(), stageGatesConfig()),
    );
    record(
      "gates over a full 24-hour window p95",
      `${fmt(dayGates.p95)} ms (median ${fmt(dayGates.median)})`,
    );
    // The same page once the stage has soaked a day: its gates read 24 hours (the percentile from the rows).
    const { stageEnteredAt } = await db.rollout.findFirstOrThrow({
      where: { flagName: FLAG, status: "active" },
    });
    await db.rollout.updateMany({
      where: { flagName: FLAG, status: "active" },
      data: { stageEnteredAt: at(25) },
    });
    const dayOldStage = await p95(() => getFlagDashboard(FLAG));
    record(
      "console flag page, stage a day old (24-hour gates) p95",
      `${fmt(dayOldStage.p95)} ms (median ${fmt(dayOldStage.median)})`,
      "< 300 ms",
    );
    await db.rollout.updateMany({ where: { flagName: FLAG, status: "active" }, data: { stageEnteredAt } });
    const overview = await p95(() => getRolloutOverview());
    record("console overview p95", `${fmt(overview.p95)} ms (median ${fmt(overview.median)})`, "< 300 ms");
    const jobs = await p95(() =>
      Promise.all([listJobExecutions({}), groupFailedRuns({}), listScheduledJobs({})]),
    );
    record("console jobs page p95", `${fmt(jobs.p95)} ms (median ${fmt(jobs.median)})`, "< 300 ms");
    // Two weeks back, by keyset: as cheap as the first page.
    const deep = { at: new Date(now.getTime() - 14 * 24 * HOUR), id: "je~" };
    const deepPage = await p95(() => listJobExecutions({}, { older: deep }));
    record("job runs two weeks back (keyset) p95", `${fmt(deepPage.p95)} ms`, "< 300 ms");
    const scrape = await p95(() => registry.metrics());
    record("metrics scrape p95", `${fmt(scrape.p95)} ms (median ${fmt(scrape.median)})`, "< 100 ms");
  }

  const [rollback, rollbackMs] = await timed(() =>
    rollouts.rollBackFlag(
      { flagName: FLAG, trigger: "manual", reason: "bench rollback", actor: staff },
      { webhookUrl: null, staffEmails: ["staff@bench.local"] },
    ),
  );
  record(
    `roll back from 50 % (${fmt(rollback.removedEnrolments)} enrolments kept as rows)`,
    `${fmt(rollbackMs / 1000, 2)} s`,
    "< 10 s",
  );
  const [restored, restoreMs] = await timed(() =>
    rollouts.restoreEnrolments({ rollbackEventId: rollback.rollbackEventId, actor: staff }),
  );
  record(`restore (${fmt(restored.restoredCount)} enrolments)`, `${fmt(restoreMs / 1000, 2)} s`, "< 10 s");

  // A second rollout, driven to 100 %, for the last step.
  await db.rollout.updateMany({ where: { flagName: FLAG }, data: { status: "completed" } });
  await rollouts.createRollout({
    flagName: FLAG,
    stages: [5, 25, 50, 100].map((percentage) => ({ percentage, minSoakMs: 0 })),
    actor: staff,
  });
  await rollouts.startRollout({ flagName: FLAG, actor: staff }, at(4));
  for (const hoursAgo of [3, 2])
    await rollouts.advanceRollout({ flagName: FLAG, actor: staff }, at(hoursAgo));
  const [, fullMs] = await timed(() => rollouts.advanceRollout({ flagName: FLAG, actor: staff }, at(1)));
  record("advance to 100 % (gates read + step)", `${fmt(fullMs / 1000, 2)} s`, "< 10 s");

  await db.$disconnect();
} finally {
  await database.stop();
}

console.log("\n| measure | result | target |\n|---|---|---|");
for (const [name, value, target] of results) console.log(`| ${name} | ${value} | ${target} |`);
console.log(
  "\nMeasured on a shared 2-core machine while other engineers were working: treat the figures as an upper bound.",
);
