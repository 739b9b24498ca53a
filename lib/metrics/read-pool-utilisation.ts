import { db } from "@/lib/db";
import { env } from "@/lib/env";

export interface PoolUtilisationReading {
  metric: "db_pool_utilisation";
  /** busy × 100 / capacity. */
  value: number;
  /** Client connections to this database that are doing something (not `idle`). */
  busy: number;
  /** Every backend connected to this database, idle ones included. */
  connections: number;
  capacity: number;
  at: string;
}

/**
 * Connection-pool utilisation, defined as the client connections to this database that are busy — running a
 * statement or holding a transaction open (pg_stat_activity.state is not 'idle') — as a share of the
 * connections the app may hold: GUARD_POOL_CAPACITY when several instances share the database, else
 * DATABASE_POOL_SIZE. Idle connections are left out on purpose: node-postgres keeps released connections
 * open for a while, so counting them (`SELECT count(*) FROM pg_stat_activity WHERE datname =
 * current_database()`, reported as `connections`) would read a pool that just finished a burst as
 * "exhausted". Exhaustion is every connection checked out, and a checked-out connection is never 'idle'.
 * The count includes the connection asking. Postgres keeps no history, so the guard's samples are the series.
 */
export async function readPoolUtilisation(now: Date = new Date()): Promise<PoolUtilisationReading> {
  const rows = await db.$queryRaw<{ connections: number; busy: number }[]>`
    SELECT count(*)::int AS connections,
           (count(*) FILTER (WHERE backend_type = 'client backend' AND state IS DISTINCT FROM 'idle'))::int AS busy
    FROM pg_stat_activity WHERE datname = current_database()`;
  const connections = rows[0]?.connections ?? 0;
  const busy = rows[0]?.busy ?? 0;
  const capacity = env.GUARD_POOL_CAPACITY ?? env.DATABASE_POOL_SIZE;
  return {
    metric: "db_pool_utilisation",
    value: Math.round((busy * 10_000) / capacity) / 100,
    busy,
    connections,
    capacity,
    at: now.toISOString(),
  };
}
