import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData } from "@/prisma/seed/seed-demo";
import { applyMigrations } from "./schema-engine";

/** Migrates the database and seeds the demo data if it is not there yet. */
export async function prepareDatabase(url: string, say: (line: string) => void): Promise<void> {
  const applied = await applyMigrations(url);
  say(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await seedDemoData(prisma, say);
  } finally {
    await prisma.$disconnect();
  }
}
