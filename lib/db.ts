import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// The pool is built here rather than inside the adapter so its counters can be exported as metrics.
function createPool(): Pool {
  return new Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
}

function createPrismaClient(pool: Pool): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

// One client per process: Next.js dev reloads modules, and each new client would open another pool.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; dbPool?: Pool };

/** The pg pool behind `db`: read its counters (`totalCount`, `idleCount`, `waitingCount`), never query it. */
export const dbPool: Pool = globalForPrisma.dbPool ?? createPool();
export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(dbPool);
if (env.NODE_ENV !== "production") {
  globalForPrisma.prisma = db;
  globalForPrisma.dbPool = dbPool;
}

export type { PrismaClient } from "@/lib/generated/prisma/client";
export { Prisma } from "@/lib/generated/prisma/client";
