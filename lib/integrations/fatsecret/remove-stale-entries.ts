import { db } from "@/lib/db";
import { openAccessTokens } from "@/lib/integrations/fatsecret/connection-tokens";
import { deleteFoodEntry } from "@/lib/integrations/fatsecret/fatsecret-methods";

/**
 * Entries whose planned meal is gone (the week was generated again) are deleted from the diary, so a new
 * plan does not sit beside the old one. Returns how many were removed.
 */
export async function removeStaleEntries(userId: string): Promise<{ removed: number }> {
  const connection = await db.fatSecretConnection.findUnique({ where: { userId } });
  if (!connection) return { removed: 0 };
  const credentials = openAccessTokens(connection);
  const stale = await db.fatSecretDiaryEntry.findMany({ where: { userId, plannedMealId: null } });
  for (const entry of stale) {
    if (entry.fatsecretEntryId) await deleteFoodEntry(credentials, userId, entry.fatsecretEntryId);
    await db.fatSecretDiaryEntry.delete({ where: { id: entry.id } });
  }
  return { removed: stale.length };
}
