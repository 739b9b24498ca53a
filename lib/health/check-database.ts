import { db, type PrismaClient } from "@/lib/db";
import { describeDatabaseError } from "@/lib/health/describe-database-error";

export type DatabaseHealth = { isHealthy: true; latencyMs: number } | { isHealthy: false; reason: string };

// Under the 5 s a page may take when the database is away (the proxy's gate waits on this probe).
const TIMEOUT_MS = 3000;

/** `SELECT 1` with a deadline, so a hung connection reports unhealthy instead of hanging the probe. */
export async function checkDatabase(
  client: PrismaClient = db,
  timeoutMs = TIMEOUT_MS,
): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { isHealthy: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { isHealthy: false, reason: `database unreachable: ${describeDatabaseError(error)}` };
  } finally {
    clearTimeout(timer);
  }
}
