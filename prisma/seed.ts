/** `npm run db:seed`: migrates and seeds demo data into DATABASE_URL (or the embedded dev database) once. */
import { localBin, run } from "@/scripts/lib/processes";

// The generated client is not committed: in a fresh clone, make it before anything imports it (as `dev` does).
if (run(localBin("tsx"), ["scripts/prisma-generate.ts", "--if-missing"]) !== 0) process.exit(1);

const { openDevDatabase } = await import("@/scripts/lib/dev-database");
const { prepareDatabase } = await import("@/scripts/lib/prepare-database");

const database = await openDevDatabase();
try {
  await prepareDatabase(database.url, console.log);
} finally {
  await database.stop();
}
