import { z } from "zod";
import type { Prisma } from "@/lib/db";
import { EmailStatus } from "@/lib/generated/prisma/enums";
import { optionalEnumParam, optionalTextParam, pageParam } from "@/lib/admin/search-params";

/** The outbox page's address bar: `?status=failed&template=plan-ready`. */
export const OutboxFiltersSchema = z.object({
  status: optionalEnumParam(EmailStatus, "status"),
  template: optionalTextParam("Template"),
  page: pageParam(),
});

export type OutboxFilters = z.output<typeof OutboxFiltersSchema>;

export type OutboxRowFilters = Omit<OutboxFilters, "page">;

/** The template matches exactly: names are a short fixed list (`plan-ready`, `rollback-alert`, …). */
export function outboxEmailWhere(filters: OutboxRowFilters): Prisma.EmailOutboxWhereInput {
  return { status: filters.status, template: filters.template };
}
