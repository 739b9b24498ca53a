import { db, type Prisma } from "@/lib/db";
import { outboxEmailWhere, type OutboxRowFilters } from "@/lib/admin/outbox-filters";
import { readKeysetPage, type KeysetPage, type KeysetRequest } from "@/lib/admin/keyset";

export const outboxEmailRowSelect = {
  id: true,
  createdAt: true,
  toAddress: true,
  template: true,
  subject: true,
  status: true,
  attempts: true,
  lastError: true,
  sentAt: true,
} satisfies Prisma.EmailOutboxSelect;

export type OutboxEmailRow = Prisma.EmailOutboxGetPayload<{ select: typeof outboxEmailRowSelect }>;

/** One page of the e-mail outbox, newest first. */
export async function listOutboxEmails(
  filters: OutboxRowFilters,
  request: KeysetRequest = {},
): Promise<KeysetPage<OutboxEmailRow>> {
  const where = outboxEmailWhere(filters);
  return readKeysetPage(
    request,
    "createdAt",
    (args) =>
      db.emailOutbox.findMany({
        where: { AND: [where, ...args.conditions] },
        select: outboxEmailRowSelect,
        orderBy: args.orderBy,
        take: args.take,
      }),
    (take) => db.emailOutbox.count({ where, take }),
  );
}
