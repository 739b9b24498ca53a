import { db, type PrismaClient } from "@/lib/db";

export type DatabaseHealth = { isHealthy: true; latencyMs: number } | { isHealthy: false; reason: string };

const TIMEOUT_MS = 2000;

/** `SELECT 1` with a deadline, so a hung connection reports unhealthy instead of hanging the probe. */
export async function checkDatabase(client: PrismaClient = db): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { isHealthy: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The first line is enough for an operator; driver messages can run long.
    return { isHealthy: false, reason: `database unreachable: ${message.split("\n")[0]}` };
  } finally {
    clearTimeout(timer);
  }
}
