import { db, type Prisma } from "@/lib/db";
import { outboxEmailWhere, type OutboxRowFilters } from "@/lib/admin/outbox-filters";
import { paginated, toSkipTake, type PageRequest, type Paginated } from "@/lib/admin/pagination";

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
  pageRequest: PageRequest,
): Promise<Paginated<OutboxEmailRow>> {
  const where = outboxEmailWhere(filters);
  const [rows, total] = await Promise.all([
    db.emailOutbox.findMany({
      where,
      select: outboxEmailRowSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...toSkipTake(pageRequest),
    }),
    db.emailOutbox.count({ where }),
  ]);
  return paginated(rows, total, pageRequest);
}
