/**
 * The rollout plan's pre-deployment checklist (§3.1) items the product can check itself. Each check answers
 * green or red with a reason an operator can act on; none throws.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { INITIAL_FLAGS } from "@/prisma/seed/seed-flags";

export interface PreflightConfig {
  isProduction: boolean;
  appUrl: string;
  migrationsDir: string;
  inngestBaseUrl: string | undefined;
  inngestEventKey: string | undefined;
  inngestSigningKey: string | undefined;
  fatsecretBaseUrl: string;
  fatsecretClientId: string | undefined;
  fatsecretClientSecret: string | undefined;
  tandoorBaseUrl: string | undefined;
  tandoorApiToken: string | undefined;
  metricsToken: string | undefined;
  timeoutMs: number;
}

export interface CheckResult {
  name: string;
  isOk: boolean;
  detail: string;
}

type Check = (db: PrismaClient, config: PreflightConfig) => Promise<Omit<CheckResult, "name">>;

const INNGEST_CLOUD_URL = "https://api.inngest.com";

const ok = (detail: string) => ({ isOk: true, detail });
const red = (detail: string) => ({ isOk: false, detail });

async function get(url: string, timeoutMs: number, headers: Record<string, string> = {}) {
  try {
    const response = await fetch(url, {
      headers,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "manual",
    });
    await response.body?.cancel();
    return { status: response.status };
  } catch (error) {
    const reason =
      error instanceof Error && error.name === "TimeoutError"
        ? `no answer within ${timeoutMs} ms`
        : describe(error);
    return { error: reason };
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}

const checks: [string, Check][] = [
  [
    "database reachable",
    async (db, config) => {
      // The first query also starts the client and opens a connection: give it the checks' timeout.
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          db.$queryRaw`SELECT 1`,
          new Promise((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no answer within ${config.timeoutMs} ms`)),
              config.timeoutMs,
            );
          }),
        ]);
        return ok(`SELECT 1 in ${Math.round(performance.now() - started)} ms`);
      } catch (error) {
        return red(`database unreachable: ${describe(error).split("\n")[0]}`);
      } finally {
        clearTimeout(timer);
      }
    },
  ],
  [
    "migrations applied",
    async (db, config) => {
      const shipped = readdirSync(config.migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
      const rows = await db.$queryRaw<
        { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[]
      >`
        SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`.catch(() => null);
      if (!rows) return red("no _prisma_migrations table: run `npm run db:migrate`");
      const broken = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
      if (broken.length > 0)
        return red(`failed migration(s): ${broken.map((r) => r.migration_name).join(", ")}`);
      const applied = new Set(rows.filter((r) => r.finished_at !== null).map((r) => r.migration_name));
      const pending = shipped.filter((name) => !applied.has(name));
      if (pending.length > 0)
        return red(`${pending.length} pending: ${pending.join(", ")} (run \`npm run db:migrate\`)`);
      return ok(`all ${shipped.length} applied`);
    },
  ],
  [
    "feature flags seeded",
    async (db) => {
      const present = new Set(
        (await db.featureFlag.findMany({ select: { flagName: true } })).map((f) => f.flagName),
      );
      const missing = INITIAL_FLAGS.map((f) => f.flagName).filter((name) => !present.has(name));
      return missing.length === 0
        ? ok(INITIAL_FLAGS.map((f) => f.flagName).join(", "))
        : red(`missing: ${missing.join(", ")} (run \`npm run db:seed:flags\`)`);
    },
  ],
  [
    "app health",
    async (_db, config) => {
      const answer = await get(`${config.appUrl}/api/health`, config.timeoutMs);
      if ("error" in answer) return red(`${config.appUrl}/api/health: ${answer.error}`);
      return answer.status === 200
        ? ok(`${config.appUrl}/api/health answered 200`)
        : red(`${config.appUrl}/api/health answered ${answer.status}`);
    },
  ],
  [
    "Inngest keys",
    async (_db, config) => {
      const missing = [
        config.inngestSigningKey ? null : "INNGEST_SIGNING_KEY",
        config.inngestEventKey ? null : "INNGEST_EVENT_KEY",
      ].filter((name): name is string => name !== null);
      if (missing.length === 0) return ok("signing and event keys set");
      return config.isProduction
        ? red(`${missing.join(" and ")} required in production`)
        : ok(`${missing.join(" and ")} unset (fine outside production)`);
    },
  ],
  [
    "Inngest reachable",
    async (_db, config) => {
      const base = config.inngestBaseUrl ?? INNGEST_CLOUD_URL;
      const answer = await get(`${base}/health`, config.timeoutMs);
      if ("error" in answer) return red(`${base}: ${answer.error}`);
      return answer.status < 500
        ? ok(`${base} answered ${answer.status}`)
        : red(`${base} answered ${answer.status}`);
    },
  ],
  [
    "FatSecret reachable",
    async (_db, config) => {
      if (!config.fatsecretClientId || !config.fatsecretClientSecret) {
        return red("FATSECRET_CLIENT_ID and FATSECRET_CLIENT_SECRET must be set");
      }
      const answer = await get(config.fatsecretBaseUrl, config.timeoutMs);
      if ("error" in answer) return red(`${config.fatsecretBaseUrl}: ${answer.error}`);
      return answer.status < 500
        ? ok(`${config.fatsecretBaseUrl} answered ${answer.status}`)
        : red(`${config.fatsecretBaseUrl} answered ${answer.status}`);
    },
  ],
  [
    "Tandoor reachable",
    async (_db, config) => {
      if (!config.tandoorBaseUrl || !config.tandoorApiToken)
        return red("TANDOOR_BASE_URL and TANDOOR_API_TOKEN must be set");
      const url = `${config.tandoorBaseUrl.replace(/\/+$/, "")}/api/`;
      const answer = await get(url, config.timeoutMs, { authorization: `Bearer ${config.tandoorApiToken}` });
      if ("error" in answer) return red(`${url}: ${answer.error}`);
      if (answer.status === 401 || answer.status === 403)
        return red(`${url} rejected the token (${answer.status})`);
      return answer.status < 400
        ? ok(`${url} answered ${answer.status} with the token`)
        : red(`${url} answered ${answer.status}`);
    },
  ],
  [
    "metrics token",
    async (_db, config) =>
      config.metricsToken
        ? ok("METRICS_TOKEN set: /api/metrics is scrapeable")
        : red("METRICS_TOKEN unset: /api/metrics is disabled"),
  ],
];

/** One after another, in checklist order: the database check goes first and opens the pool for the rest. */
export async function runPreflight(db: PrismaClient, config: PreflightConfig): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const [name, check] of checks) {
    try {
      results.push({ name, ...(await check(db, config)) });
    } catch (error) {
      results.push({ name, isOk: false, detail: describe(error) });
    }
  }
  return results;
}

export function defaultMigrationsDir(root: string): string {
  return join(root, "prisma", "migrations");
}
