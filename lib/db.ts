import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

/**
 * Pool settings that bound every wait on the database, so a stopped or frozen server fails a request in
 * seconds instead of hanging it: connecting, each statement (server side), a transaction left idle, and each
 * query on the client side too — a frozen server cannot enforce its own statement_timeout.
 */
export function poolOptions(connectionString: string) {
  return {
    connectionString,
    max: env.DATABASE_POOL_SIZE,
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
    statement_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    query_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS + 1000,
  };
}

// The pool is built here rather than inside the adapter so its counters can be exported as metrics.
function createPool(): Pool {
  const pool = new Pool(poolOptions(env.DATABASE_URL));
  // An idle connection the server drops (a restart, a failover) is reported here; unheard, the 'error'
  // event would crash the process. The pool has already discarded the client, so logging is enough.
  // Message and code only: pg hangs the whole client (connection parameters, buffers) on this error.
  pool.on("error", (error: Error & { code?: string }) =>
    log.warn({ reason: error.message, code: error.code }, "an idle database connection was closed"),
  );
  return pool;
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
