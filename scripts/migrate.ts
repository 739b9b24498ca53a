/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded dev database. */
import { openDevDatabase } from "./lib/dev-database";
import { applyMigrations } from "./lib/schema-engine";

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
