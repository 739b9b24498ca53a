import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedFlags } from "@/prisma/seed/seed-flags";
import { resetDatabase } from "@/test/reset-database";

const TANDOOR_TOKEN = "tandoor-token-for-tests";

/** One loopback server standing in for the app, Inngest, FatSecret and Tandoor. */
function startFakes(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://fake").pathname;
    if (path === "/tandoor/api/") {
      const isAuthorised = request.headers.authorization === `Bearer ${TANDOOR_TOKEN}`;
      response.writeHead(isAuthorised ? 200 : 401).end("{}");
    } else if (path === "/app/api/health") response.writeHead(200).end('{"status":"ok"}');
    else if (path === "/inngest/health") response.writeHead(200).end("ok");
    else if (path === "/fatsecret") response.writeHead(400).end("missing method");
    else response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Runs the script in a child process (asynchronously: the fakes answer from this process's event loop). */
function preflight(env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["tsx", "scripts/preflight.ts"],
      { env: { ...process.env, NO_COLOR: "1", PREFLIGHT_TIMEOUT_MS: "5000", ...env }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

/** A loopback port nothing listens on (fetch refuses "bad ports" such as 9 before connecting). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("npm run preflight", () => {
  let fakes: Server;
  let base: string;

  beforeAll(async () => {
    fakes = await startFakes();
    base = `http://127.0.0.1:${(fakes.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => fakes.close(resolve)));
  beforeEach(resetDatabase);

  const healthyEnv = () => ({
    NODE_ENV: "production",
    APP_URL: `${base}/app`,
    INNGEST_BASE_URL: `${base}/inngest`,
    INNGEST_SIGNING_KEY: "signkey-prod-0000",
    INNGEST_EVENT_KEY: "event-key-0000",
    FATSECRET_BASE_URL: `${base}/fatsecret`,
    FATSECRET_CLIENT_ID: "id",
    FATSECRET_CLIENT_SECRET: "secret",
    TANDOOR_BASE_URL: `${base}/tandoor`,
    TANDOOR_API_TOKEN: TANDOOR_TOKEN,
  });

  // Each test starts tsx in a child process: slow on a busy machine.
  it(
    "passes every check when the database, services and configuration are ready",
    { timeout: 150_000 },
    async () => {
      await seedFlags(db);
      const { code, output } = await preflight(healthyEnv());
      for (const name of [
        "database reachable",
        "migrations applied",
        "feature flags seeded",
        "app health",
        "Inngest keys",
        "Inngest reachable",
        "FatSecret reachable",
        "Tandoor reachable",
        "metrics token",
      ]) {
        expect(output).toMatch(new RegExp(`✓ PASS\\s+${name}`));
      }
      expect(output).toContain("All preflight checks passed.");
      expect(code, output).toBe(0);
    },
  );

  it("fails with the reason for each red item, and exits non-zero", { timeout: 150_000 }, async () => {
    const { code, output } = await preflight({
      ...healthyEnv(),
      INNGEST_SIGNING_KEY: "",
      TANDOOR_API_TOKEN: "a-stale-token",
      FATSECRET_BASE_URL: `http://127.0.0.1:${await closedPort()}/fatsecret`,
    });
    expect(output).toMatch(/✗ FAIL\s+feature flags seeded\s+missing: phase3_generation_engine/);
    expect(output).toMatch(/✗ FAIL\s+Inngest keys\s+INNGEST_SIGNING_KEY required in production/);
    expect(output).toMatch(/✗ FAIL\s+Tandoor reachable\s+.*rejected the token \(401\)/);
    expect(output).toMatch(/✗ FAIL\s+FatSecret reachable\s+.*ECONNREFUSED/);
    expect(output).toMatch(/✓ PASS\s+migrations applied\s+all \d+ applied/);
    expect(output).toContain("4 preflight check(s) failed.");
    expect(code).toBe(1);
  });
});
