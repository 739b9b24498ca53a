import { z } from "zod";
import type { Prisma } from "@/lib/db";
import { EmailStatus } from "@/lib/generated/prisma/enums";
import { optionalEnumParam, optionalTextParam } from "@/lib/admin/search-params";
import { ONE_DIRECTION_MESSAGE, cursorParam, oneDirection } from "@/lib/admin/keyset";

/** The outbox page's address bar: `?status=failed&template=plan-ready`. */
export const OutboxFiltersSchema = z
  .object({
    status: optionalEnumParam(EmailStatus, "status"),
    template: optionalTextParam("Template"),
    older: cursorParam(),
    newer: cursorParam(),
  })
  .refine((filters) => oneDirection(filters.older, filters.newer), { message: ONE_DIRECTION_MESSAGE });

export type OutboxFilters = z.output<typeof OutboxFiltersSchema>;

export type OutboxRowFilters = Omit<OutboxFilters, "older" | "newer">;

/** The template matches exactly: names are a short fixed list (`plan-ready`, `rollback-alert`, …). */
export function outboxEmailWhere(filters: OutboxRowFilters): Prisma.EmailOutboxWhereInput {
  return { status: filters.status, template: filters.template };
}
