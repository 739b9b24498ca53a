/** `npm run db:seed`: migrates and seeds demo data into DATABASE_URL (or the embedded dev database) once. */
import { openDevDatabase } from "@/scripts/lib/dev-database";
import { prepareDatabase } from "@/scripts/lib/prepare-database";

const database = await openDevDatabase();
try {
  await prepareDatabase(database.url, console.log);
} finally {
  await database.stop();
}
