/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded dev database. */
import { localBin, run } from "./lib/processes";

// Like every README command, this works in a fresh clone: the generated client is made on demand.
if (run(localBin("tsx"), ["scripts/prisma-generate.ts", "--if-missing"]) !== 0) process.exit(1);
const { openDevDatabase } = await import("./lib/dev-database");
const { applyMigrations } = await import("./lib/schema-engine");

const db = await openDevDatabase();
try {
  const applied = await applyMigrations(db.url);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
      : "Database is up to date.",
  );
} finally {
  await db.stop();
}
