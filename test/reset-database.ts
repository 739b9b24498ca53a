import { db } from "@/lib/db";
import { resetFlagCache } from "@/test/reset-flag-cache";

/** Empties every application table (keeps the migrations bookkeeping), so each test starts from nothing. */
export async function resetDatabase(): Promise<void> {
  resetFlagCache();
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (rows.length === 0) return;
  const tables = rows.map((r) => `"public"."${r.tablename}"`).join(", ");
  await db.$executeRawUnsafe(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`);
}
