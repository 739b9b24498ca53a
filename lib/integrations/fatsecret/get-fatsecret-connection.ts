import { db } from "@/lib/db";

export interface FatSecretConnectionStatus {
  isLinked: boolean;
  linkedSince: string | null;
  lastSyncedAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  syncedEntries: number;
  failedEntries: number;
}

/** What the settings page shows about a person's FatSecret link (never the tokens). */
export async function getFatSecretConnection(userId: string): Promise<FatSecretConnectionStatus> {
  const [connection, synced, failed] = await Promise.all([
    db.fatSecretConnection.findUnique({
      where: { userId },
      select: { connectedAt: true, lastSyncedAt: true, lastError: true, lastErrorAt: true },
    }),
    db.fatSecretDiaryEntry.count({ where: { userId, status: "synced" } }),
    db.fatSecretDiaryEntry.count({ where: { userId, status: "failed" } }),
  ]);
  return {
    isLinked: connection !== null,
    linkedSince: connection?.connectedAt.toISOString() ?? null,
    lastSyncedAt: connection?.lastSyncedAt?.toISOString() ?? null,
    lastError: connection?.lastError ?? null,
    lastErrorAt: connection?.lastErrorAt?.toISOString() ?? null,
    syncedEntries: synced,
    failedEntries: failed,
  };
}
