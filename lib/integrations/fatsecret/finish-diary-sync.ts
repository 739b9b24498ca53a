import { db } from "@/lib/db";
import type { MealSyncResult } from "@/lib/integrations/fatsecret/sync-planned-meal";

export interface DiarySyncSummary {
  synced: number;
  unchanged: number;
  failed: number;
  skipped: number;
}

/** Counts the run's outcomes and stamps the connection with its last sync and last error (shown in settings). */
export async function finishDiarySync(
  userId: string,
  results: readonly MealSyncResult[],
  now = new Date(),
): Promise<DiarySyncSummary> {
  const summary: DiarySyncSummary = { synced: 0, unchanged: 0, failed: 0, skipped: 0 };
  for (const r of results) {
    if (r.status === "synced" || r.status === "adopted") summary.synced++;
    else summary[r.status]++;
  }
  const firstError = results.find((r) => r.status === "failed")?.error ?? null;
  await db.fatSecretConnection.updateMany({
    where: { userId },
    data: {
      lastSyncedAt: now,
      ...(firstError
        ? { lastError: `${summary.failed} meal(s) could not be synced: ${firstError}`, lastErrorAt: now }
        : { lastError: null, lastErrorAt: null }),
    },
  });
  return summary;
}

/** Records why a whole run stopped (e.g. a revoked link), for the settings page. */
export async function recordDiarySyncFailure(
  userId: string,
  message: string,
  now = new Date(),
): Promise<void> {
  await db.fatSecretConnection.updateMany({
    where: { userId },
    data: { lastError: message, lastErrorAt: now },
  });
}
