import { db } from "@/lib/db";

/**
 * Forgets the person's FatSecret tokens (and any half-finished link). Entries already in their diary stay
 * there — they are the person's — and the next AutoSync finds no connection and does nothing.
 */
export async function unlinkFatSecretAccount(userId: string): Promise<{ wasLinked: boolean }> {
  const [deleted] = await db.$transaction([
    db.fatSecretConnection.deleteMany({ where: { userId } }),
    db.fatSecretOAuthRequest.deleteMany({ where: { userId } }),
  ]);
  return { wasLinked: deleted.count > 0 };
}
