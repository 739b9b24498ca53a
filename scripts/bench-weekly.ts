/**
 * `npm run bench:weekly [-- --people 10000 --workers 2 --page 2000 --batch 50]`: the weekly loop end to end on a fresh
 * embedded database — fan-out → generate → persist through the real lib/ path (dispatcher pages, the
 * planner, grocery and prep, one transaction per plan), with the catalogue loaded once per worker thread.
 * Prints people/s, wall time, p50/p99 per person and peak memory.
 */
import { parseArgs } from "node:util";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

interface Job {
  userId: string;
  weekStart: string;
}
type ToWorker = { id: number; jobs: Job[] } | { done: true };
type FromWorker =
  | { ready: true }
  | { id: number; batchMs: number; people: number; planMs: number[]; failures: string[] }
  | { rssPeakMb: number };

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

if (!isMainThread) {
  // --- worker: plans what it is handed, with the catalogue read once -------------------------------
  const { databaseUrl } = workerData as { databaseUrl: string };
  process.env.DATABASE_URL = databaseUrl;
  const { generatePlansForUsers, getCatalogue } = await import("@/lib/plans");
  const catalogue = await getCatalogue();
  parentPort!.on("message", async (message: ToWorker) => {
    if ("done" in message) {
      parentPort!.postMessage({ rssPeakMb: process.resourceUsage().maxRSS / 1024 } satisfies FromWorker);
      const { db, dbPool } = await import("@/lib/db");
      await db.$disconnect();
      await dbPool.end();
      process.exit(0);
    }
    const started = performance.now();
    const failures: string[] = [];
    const planMs: number[] = [];
    const byWeek = new Map<string, Job[]>();
    for (const job of message.jobs) {
      const week = byWeek.get(job.weekStart) ?? [];
      week.push(job);
      byWeek.set(job.weekStart, week);
    }
    for (const [weekStart, jobs] of byWeek) {
      const outcomes = await generatePlansForUsers(
        jobs.map((job) => job.userId),
        weekStart,
        { catalogue },
      );
      for (const outcome of outcomes) {
        if (outcome.ok) planMs.push(outcome.planMs);
        else failures.push(`${outcome.userId}: ${outcome.error.message}`);
      }
    }
    parentPort!.postMessage({
      id: message.id,
      batchMs: performance.now() - started,
      people: message.jobs.length,
      planMs,
      failures,
    } satisfies FromWorker);
  });
  parentPort!.postMessage({ ready: true } satisfies FromWorker);
} else {
  await main();
}

async function main() {
  const { values } = parseArgs({
    options: {
      people: { type: "string", default: "10000" },
      workers: { type: "string", default: "2" },
      page: { type: "string", default: "2000" },
      batch: { type: "string", default: "50" },
    },
  });
  const people = Number(values.people);
  const workers = Number(values.workers);
  const pageSize = Number(values.page);
  const batchSize = Number(values.batch);
  const { startEmbeddedPostgres } = await import("./lib/embedded-postgres");
  const { applyMigrations } = await import("./lib/schema-engine");
  const { generateSecrets } = await import("./lib/local-secrets");
  const { localBin, run } = await import("./lib/processes");
  if (run(localBin("tsx"), ["scripts/prisma-generate.ts", "--if-missing"]) !== 0) process.exit(1);

  const database = await startEmbeddedPostgres({ persistent: false });
  Object.assign(process.env, generateSecrets(), { DATABASE_URL: database.url, LOG_LEVEL: "warn" });
  try {
    await applyMigrations(database.url);
    const { db } = await import("@/lib/db");
    const { seedCatalogue } = await import("@/prisma/seed/seed-catalogue");
    await seedCatalogue(db);
    const at = new Date("2026-12-04T06:00:00Z");
    const seeding = performance.now();
    // Varied people, all due at the same hour: the fan-out's worst case.
    await db.$executeRaw`
      INSERT INTO users (id, name, email, updated_at)
      SELECT 'bench-' || g, 'Bench ' || g, 'bench' || g || '@example.com', now() FROM generate_series(1, ${people}) g`;
    await db.$executeRaw`
      INSERT INTO nutrition_targets (user_id, kcal, protein_g, carbs_g, fat_g, updated_at)
      SELECT id, k, round(k * 0.25 / 4), round(k * 0.45 / 4), round(k * 0.30 / 9), now()
        FROM (SELECT id, 1600 + (hashtext(id) & 1023) AS k FROM users) t`;
    await db.$executeRaw`
      INSERT INTO dietary_preferences (user_id, diet, allergens, meals_per_day, time_zone, updated_at)
      SELECT id,
             (ARRAY['omnivore','omnivore','vegetarian','pescatarian','vegan'])[1 + abs(hashtext(id || 'd') % 5)]::"Diet",
             CASE WHEN hashtext(id || 'a') % 7 = 0 THEN ARRAY['nuts']::"Allergen"[] ELSE '{}'::"Allergen"[] END,
             3 + (hashtext(id || 'm') & 1), 'UTC', now()
        FROM users`;
    await db.$executeRaw`
      INSERT INTO scheduled_jobs (id, job_type, user_id, frequency, next_run_at, updated_at)
      SELECT 'job-' || id, 'WeeklyGeneration', id, 'weekly', ${at}, now() FROM users`;
    await db.featureFlag.create({ data: { flagName: "phase3_generation_engine", enabledGlobally: true } });
    const mix = await db.$queryRaw<{ diet: string; n: number }[]>`
      SELECT diet::text, count(*)::int AS n FROM dietary_preferences GROUP BY diet ORDER BY diet`;
    console.log(
      `seeded ${people} people in ${((performance.now() - seeding) / 1000).toFixed(1)} s (${mix.map((m) => `${m.diet} ${m.n}`).join(", ")})`,
    );

    const { bookDueJobsPage, planDispatch } = await import("@/lib/jobs");
    const pool = await startWorkers(workers, database.url);
    const started = performance.now();
    const dispatch = await planDispatch(at, pageSize);
    const batches: { batchMs: number; people: number; planMs: number[] }[] = [];
    const failures: string[] = [];
    let fanOutMs = 0;
    const inFlight: Promise<void>[] = [];
    for (let page = 0; page < dispatch.pages; page += 1) {
      const bookingStarted = performance.now();
      const { booked } = await bookDueJobsPage({ at, bookingKey: `bench:${page}`, limit: pageSize });
      fanOutMs += performance.now() - bookingStarted;
      const jobs = booked.map((b) => ({ userId: b.userId ?? "", weekStart: b.weekStart ?? "" }));
      for (let i = 0; i < jobs.length; i += batchSize)
        inFlight.push(pool.run(jobs.slice(i, i + batchSize), batches, failures));
    }
    await Promise.all(inFlight);
    const wall = (performance.now() - started) / 1000;
    const rss = await pool.close();
    const stored = await db.mealPlan.count({ where: { status: "ready" } });
    const batchTimes = batches.map((b) => b.batchMs).sort((x, y) => x - y);
    const planTimes = batches.flatMap((b) => b.planMs).sort((x, y) => x - y);
    const mainRss = process.resourceUsage().maxRSS / 1024;
    console.log(
      `\nweekly loop, ${people} people due at once, ${workers} worker threads, pages of ${pageSize}, batches of ${batchSize}:`,
    );
    console.log(`  fan-out: ${dispatch.pages} pages booked in ${(fanOutMs / 1000).toFixed(1)} s`);
    console.log(`  plans stored: ${stored} (failed ${failures.length})`);
    console.log(`  wall time: ${wall.toFixed(1)} s  →  ${(stored / wall).toFixed(1)} people/s`);
    console.log(
      `  per person, planning (planner + grocery + prep rows, in a busy thread): p50 ${percentile(planTimes, 50).toFixed(1)} ms, p99 ${percentile(planTimes, 99).toFixed(1)} ms`,
    );
    console.log(
      `  per person, all in (wall time × threads / people): ${((wall * 1000 * workers) / Math.max(1, stored)).toFixed(1)} ms`,
    );
    console.log(
      `  per batch (read people, plan each, one write; two batches in flight per thread): p50 ${percentile(batchTimes, 50).toFixed(0)} ms, p99 ${percentile(batchTimes, 99).toFixed(0)} ms`,
    );
    console.log(
      `  peak memory: main ${mainRss.toFixed(0)} MB, workers ${rss.map((r) => r.toFixed(0)).join(" / ")} MB (max RSS; threads share the process)`,
    );
    for (const failure of failures.slice(0, 5)) console.log(`  failed ${failure}`);
    await db.$disconnect();
    const { dbPool } = await import("@/lib/db");
    await dbPool.end();
  } finally {
    await database.stop();
  }
}

/**
 * Worker threads that each take two batches at a time, so one batch's write to the database overlaps the
 * planning of the next instead of leaving the thread idle.
 */
async function startWorkers(count: number, databaseUrl: string) {
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const pending = new Map<number, (result: FromWorker) => void>();
  const all = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Worker>((resolve, reject) => {
          const worker = new Worker(boot, {
            eval: true,
            workerData: { databaseUrl },
          });
          worker.once("message", () => {
            worker.on("message", (m: FromWorker) => {
              if ("id" in m) pending.get(m.id)?.(m);
            });
            resolve(worker);
          });
          worker.once("error", reject);
          // A worker that dies would leave its batches waiting for ever: stop the bench instead.
          worker.on("error", (error) => {
            console.error("worker failed:", error);
            process.exit(1);
          });
        }),
    ),
  );
  const idle: Worker[] = [...all, ...all];
  const waiting: ((worker: Worker) => void)[] = [];
  let nextId = 0;
  const acquire = () =>
    new Promise<Worker>((resolve) => {
      const worker = idle.shift();
      if (worker) resolve(worker);
      else waiting.push(resolve);
    });
  const release = (worker: Worker) => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };
  return {
    async run(
      jobs: Job[],
      batches: { batchMs: number; people: number; planMs: number[] }[],
      failures: string[],
    ) {
      const worker = await acquire();
      const id = nextId++;
      const result = await new Promise<FromWorker>((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ id, jobs } satisfies ToWorker);
      });
      pending.delete(id);
      if ("batchMs" in result) {
        batches.push({ batchMs: result.batchMs, people: result.people, planMs: result.planMs });
        failures.push(...result.failures);
      }
      release(worker);
    },
    async close(): Promise<number[]> {
      return Promise.all(
        all.map(
          (worker) =>
            new Promise<number>((resolve) => {
              worker.once("message", (m: FromWorker) => resolve("rssPeakMb" in m ? m.rssPeakMb : NaN));
              worker.postMessage({ done: true } satisfies ToWorker);
            }),
        ),
      );
    },
  };
}
