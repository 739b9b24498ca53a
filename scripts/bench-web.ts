/**
 * `npm run bench:web`: the pages people open every week under load. A production build on its own embedded
 * PostgreSQL, seeded like dev; every demo person gets this week's plan; 50 of them sign in, then autocannon
 * drives 50 concurrent connections (each its own signed-in person) at /plan and /grocery for 20 s each, and
 * the same load at /api/health (the framework's ceiling on this machine) and the sign-in page.
 * Options: --duration <s> (20), --connections <n> (50), --no-build (reuse .next), --only /plan,/grocery (the
 * ceiling is always measured first). SERVER_NODE_FLAGS go to the server's node only (e.g. --cpu-prof).
 */
import autocannon from "autocannon";
import { productionServerEnv } from "./lib/production-env";
import { findFreePort, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { localBin, run, startChild, stopChild, waitForExit, waitForHttp } from "./lib/processes";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DURATION_S = option("duration", 20);
const CONNECTIONS = option("connections", 50);
const SHOULD_BUILD = !args.includes("--no-build");
const onlyIndex = args.indexOf("--only");
const ONLY = onlyIndex >= 0 ? (args[onlyIndex + 1] ?? "").split(",") : null;

interface Figures {
  target: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) : 0;

function load(url: string, cookies: string[]): Promise<Figures> {
  let next = 0;
  // Every response's latency, so p95 is exact (autocannon's summary has p90 and p97.5, not p95).
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: DURATION_S,
        timeout: 30,
        requests: [
          {
            // One signed-in person per connection: the context lives as long as the connection.
            setupRequest: (request, context: { cookie?: string }) => {
              if (cookies.length === 0) return request;
              context.cookie ??= cookies[next++ % cookies.length];
              return { ...request, headers: { ...request.headers, cookie: context.cookie ?? "" } };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const sorted = times.sort((a, b) => a - b);
        resolve({
          target: new URL(url).pathname,
          requestsPerSecond: result.requests.average,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          non2xx: result.non2xx,
          errors: result.errors,
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, ms) => times.push(ms));
  });
}

async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok)
    throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

const database = await startEmbeddedPostgres({ persistent: false });
let server: ReturnType<typeof startChild> | undefined;
let code = 1;
try {
  process.env.DATABASE_URL = database.url;
  const { prepareDatabase } = await import("./lib/prepare-database");
  await prepareDatabase(database.url, (line) => console.log(`[bench] ${line}`));
  // Everyone gets this week's plan, so every signed-in connection renders a full week and list.
  const { db } = await import("@/lib/db");
  const { generatePlanForUser, currentWeekStart } = await import("@/lib/plans");
  const { buildDemoUsers, DEMO_USER_PASSWORD } = await import("@/prisma/seed/demo-users");
  const people = await db.user.findMany({
    where: { role: "user", nutritionTarget: { isNot: null } },
    select: { id: true, email: true, dietaryPreference: { select: { timeZone: true } } },
  });
  for (const person of people) {
    const week = currentWeekStart(new Date(), person.dietaryPreference?.timeZone ?? "UTC");
    if (!(await db.mealPlan.findFirst({ where: { userId: person.id }, select: { id: true } }))) {
      await generatePlanForUser(person.id, week);
    }
  }
  await db.featureFlag.update({
    where: { flagName: "phase3_generation_engine" },
    data: { enabledGlobally: true, version: { increment: 1 } },
  });
  await db.$disconnect();
  console.log(`[bench] ${people.length} people have plans; the generation flag is on for everyone`);

  const port = await findFreePort();
  const baseUrl = `http://localhost:${port}`;
  const env = productionServerEnv({ databaseUrl: database.url, baseUrl, signInMaxAttempts: 1000 });
  if (SHOULD_BUILD && run(localBin("next"), ["build"], env) !== 0) throw new Error("next build failed");
  // Node flags for the server alone, e.g. --cpu-prof (which NODE_OPTIONS does not allow).
  const nodeFlags = (process.env.SERVER_NODE_FLAGS ?? "").split(" ").filter(Boolean);
  server = startChild(process.execPath, [...nodeFlags, localBin("next"), "start", "--port", String(port)], {
    env,
  });
  await waitForHttp(`${baseUrl}/api/health`, 60_000);

  const cookies: string[] = [];
  for (const person of buildDemoUsers().slice(0, CONNECTIONS)) {
    cookies.push(await signIn(baseUrl, person.email, DEMO_USER_PASSWORD));
  }
  console.log(
    `[bench] ${cookies.length} people signed in; ${CONNECTIONS} connections × ${DURATION_S} s per target`,
  );
  // Warm the routes (first render compiles nothing in production, but fills the catalogue and flag caches).
  for (const path of ["/plan", "/grocery"])
    await fetch(`${baseUrl}${path}`, { headers: { cookie: cookies[0] ?? "" } });

  const results: Figures[] = [];
  for (const [path, withCookies] of [
    ["/api/health", false],
    ["/plan", true],
    ["/grocery", true],
    ["/sign-in", false],
  ] as const) {
    if (ONLY && path !== "/api/health" && !ONLY.includes(path)) continue;
    results.push(await load(`${baseUrl}${path}`, withCookies ? cookies : []));
  }
  const ceiling = results[0]?.requestsPerSecond ?? 1;
  console.log("\ntarget        req/s   p50 ms   p95 ms   p99 ms   non-2xx  errors  % of ceiling");
  for (const r of results) {
    console.log(
      `${r.target.padEnd(12)} ${r.requestsPerSecond.toFixed(0).padStart(6)} ${r.p50.toFixed(0).padStart(8)} ${r.p95
        .toFixed(0)
        .padStart(
          8,
        )} ${r.p99.toFixed(0).padStart(8)} ${String(r.non2xx).padStart(9)} ${String(r.errors).padStart(7)} ${(
        (100 * r.requestsPerSecond) /
        ceiling
      )
        .toFixed(0)
        .padStart(12)} %`,
    );
  }
  code = 0;
} catch (error) {
  console.error(error);
} finally {
  stopChild(server);
  if (server) await waitForExit(server);
  await database.stop();
}
process.exit(code);
