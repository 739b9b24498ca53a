import { db, type Prisma } from "@/lib/db";
import { outboxEmailWhere, type OutboxRowFilters } from "@/lib/admin/outbox-filters";
import {
  COUNT_CAP,
  keysetConditions,
  keysetDirection,
  toKeysetPage,
  type KeysetPage,
  type KeysetRequest,
} from "@/lib/admin/keyset";
import { CONSOLE_PAGE_SIZE } from "@/lib/admin/pagination";

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
  { older, newer, pageSize = CONSOLE_PAGE_SIZE }: KeysetRequest = {},
): Promise<KeysetPage<OutboxEmailRow>> {
  const where = outboxEmailWhere(filters);
  const request = { older, newer };
  const direction = keysetDirection(request);
  const [rows, total] = await Promise.all([
    db.emailOutbox.findMany({
      where: {
        AND: [
          where,
          ...keysetConditions<Prisma.EmailOutboxWhereInput>(
            request,
            (createdAt) => ({ createdAt }),
            (id) => ({ id }),
            (OR) => ({ OR }),
          ),
        ],
      },
      select: outboxEmailRowSelect,
      orderBy: [{ createdAt: direction }, { id: direction }],
      take: pageSize + 1,
    }),
    db.emailOutbox.count({ where, take: COUNT_CAP + 1 }),
  ]);
  return toKeysetPage(rows, request, pageSize, (row) => ({ at: row.createdAt, id: row.id }), total);
}
