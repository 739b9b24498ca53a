/**
 * The README's "Using your own PostgreSQL" path, as a newcomer runs it: a fresh copy of the repository (no
 * generated Prisma client, no `.data/`), a second PostgreSQL server that the commands only know through
 * DATABASE_URL, then `npm run db:migrate` and `npm run db:seed` (twice: seeding is idempotent). Fails when a
 * command fails or the database does not hold the demo data afterwards.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";

const ROOT = path.resolve(import.meta.dirname, "..");

function freshCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "meal-planner-clone-"));
  // Tracked and new files, as a clone would have them; nothing git ignores (generated client, .data, .next).
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file && fs.existsSync(path.join(ROOT, file)));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
  }
  // `npm ci` would install the same packages; linking them keeps the check fast and offline.
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

function npmRun(dir: string, script: string, env: NodeJS.ProcessEnv): void {
  console.log(`[own-postgres] npm run ${script}`);
  const result = spawnSync("npm", ["run", "--silent", script], { cwd: dir, env, stdio: "inherit" });
  if (result.status !== 0)
    throw new Error(`npm run ${script} failed in a fresh copy (exit ${result.status})`);
}

const database = await startEmbeddedPostgres({ persistent: false });
const clone = freshCopy();
let code = 1;
try {
  if (fs.existsSync(path.join(clone, "lib/generated")))
    throw new Error("the fresh copy has a generated client");
  const env = { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn" };
  npmRun(clone, "db:migrate", env);
  npmRun(clone, "db:seed", env);
  npmRun(clone, "db:seed", env);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ users: string; staff: string }>(
      "SELECT count(*) AS users, count(*) FILTER (WHERE role = 'staff') AS staff FROM users",
    );
    const { users, staff } = rows[0]!;
    if (Number(users) < 51 || Number(staff) < 1) throw new Error(`seeded ${users} users, ${staff} staff`);
    console.log(`[own-postgres] ok: ${users} users (${staff} staff) in the database given by DATABASE_URL`);
  } finally {
    await client.end();
  }
  code = 0;
} catch (error) {
  console.error(error);
} finally {
  await database.stop();
  fs.rmSync(clone, { recursive: true, force: true });
}
process.exit(code);
