/**
 * The database stopped and frozen for real: a throw-away embedded PostgreSQL that this file stops (fast
 * shutdown, as `pg_ctl stop -m fast`) and freezes (SIGSTOP on the postmaster and every backend, then
 * SIGCONT). The app modules are imported only after DATABASE_URL points at that server.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/scripts/lib/embedded-postgres";

let server: EmbeddedDatabase;
let postmasterPid: number;

async function postmasterOf(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ data_directory: string }>("SHOW data_directory");
    const pidFile = path.join(rows[0]!.data_directory, "postmaster.pid");
    return Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  } finally {
    await client.end();
  }
}

function serverProcesses(): number[] {
  const children = execFileSync("pgrep", ["-P", String(postmasterPid)], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map(Number);
  return [postmasterPid, ...children];
}

async function whileFrozen<T>(work: () => Promise<T>): Promise<T> {
  const pids = serverProcesses();
  for (const pid of pids) process.kill(pid, "SIGSTOP");
  try {
    return await work();
  } finally {
    for (const pid of pids) process.kill(pid, "SIGCONT");
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

beforeAll(async () => {
  server = await startEmbeddedPostgres({ persistent: false });
  postmasterPid = await postmasterOf(server.url);
  process.env.DATABASE_URL = server.url;
  // Short enough to keep the test quick; the defaults are in lib/env.ts.
  process.env.DATABASE_CONNECT_TIMEOUT_MS = "1500";
  process.env.DATABASE_STATEMENT_TIMEOUT_MS = "2000";
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe("when the database is frozen", () => {
  it("pages answer the 503 page within 5 s and the health check names the failure", async () => {
    const { proxy } = await import("@/proxy");
    const { GET: dbHealth } = await import("@/app/api/health/db/route");
    const { resetDatabaseGate } = await import("@/lib/health/database-gate");
    const { db } = await import("@/lib/db");
    await db.$queryRaw`SELECT 1`; // a pooled connection exists, as in a running app
    resetDatabaseGate();

    await whileFrozen(async () => {
      const page = await timed(() => proxy(new NextRequest("http://localhost:3000/plan")));
      expect(page.value.status).toBe(503);
      expect(await page.value.text()).toContain("We can't reach our database; try again in a minute.");
      expect(page.ms).toBeLessThan(5000);

      const health = await timed(() =>
        dbHealth(new Request("http://test/api/health/db"), { params: Promise.resolve({}) }),
      );
      expect(health.value.status).toBe(503);
      const body = await health.value.json();
      expect(body.reason).toMatch(/database unreachable: .*(no answer within|timeout)/i);
      expect(health.ms).toBeLessThan(5000);

      // The pool's own timeouts, from env, end a query on a frozen server instead of waiting forever.
      const query = await timed(() =>
        db.$queryRaw`SELECT 1`.then(
          () => null,
          (error: unknown) => error,
        ),
      );
      expect(query.value).not.toBeNull();
      expect(query.ms).toBeLessThan(5000);
      const { isDatabaseUnavailable } = await import("@/lib/health/describe-database-error");
      expect(isDatabaseUnavailable(query.value)).toBe(true);
    });
  });
});

describe("when the database is stopped", () => {
  it("pages answer the 503 page at once and the health check names the failure", async () => {
    const { proxy } = await import("@/proxy");
    const { GET: dbHealth } = await import("@/app/api/health/db/route");
    const { resetDatabaseGate } = await import("@/lib/health/database-gate");
    await server.stop();
    resetDatabaseGate();

    const page = await timed(() => proxy(new NextRequest("http://localhost:3000/admin")));
    expect(page.value.status).toBe(503);
    expect(page.value.headers.get("retry-after")).toBe("30");
    expect(await page.value.text()).toContain("We can't reach our database");
    expect(page.ms).toBeLessThan(5000);

    const health = await dbHealth(new Request("http://test/api/health/db"), { params: Promise.resolve({}) });
    expect(health.status).toBe(503);
    const { reason } = await health.json();
    expect(reason).toMatch(/^database unreachable: \S/);
    expect(reason).toMatch(/cannot connect|ECONNREFUSED|terminat|closed/i);
  });
});
