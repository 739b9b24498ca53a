import { db } from "@/lib/db";

const DAY_MS = 86_400_000;

/**
 * E-mail outbox rows created in the last 24 hours, by status: what the metrics scrape exports. A group-by
 * over the whole outbox grows with every e-mail ever sent (millions at a million users) and ran on every
 * scrape; a day's rows are read through the (status, created_at) index, so a scrape costs the same next year.
 */
export async function countOutboxByStatus(
  now: Date = new Date(),
): Promise<{ status: string; count: number }[]> {
  const rows = await db.emailOutbox.groupBy({
    by: ["status"],
    where: { createdAt: { gt: new Date(now.getTime() - DAY_MS) } },
    _count: { _all: true },
  });
  return rows.map((row) => ({ status: row.status, count: row._count._all }));
}
