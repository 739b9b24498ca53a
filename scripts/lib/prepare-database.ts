import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData } from "@/prisma/seed/seed-demo";
import { loadOrCreateLocalSecrets, withLocalSecrets } from "./local-secrets";
import { applyMigrations } from "./schema-engine";

/**
 * Migrates the database and seeds the demo data if it is not there yet. The seed makes demo plans through
 * the app's own code, which reads its configuration from the environment: point it at this database, with
 * the local secrets where none are set.
 */
export async function prepareDatabase(url: string, say: (line: string) => void): Promise<void> {
  const applied = await applyMigrations(url);
  say(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  Object.assign(
    process.env,
    withLocalSecrets({ ...process.env, DATABASE_URL: url }, loadOrCreateLocalSecrets()),
  );
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await seedDemoData(prisma, say);
  } finally {
    await prisma.$disconnect();
    const { db } = await import("@/lib/db");
    await db.$disconnect();
  }
}
