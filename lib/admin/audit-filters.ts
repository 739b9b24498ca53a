import { z } from "zod";
import type { Prisma } from "@/lib/db";
import { optionalTextParam } from "@/lib/admin/search-params";
import { ONE_DIRECTION_MESSAGE, cursorParam, oneDirection } from "@/lib/admin/keyset";

/** The audit page's address bar: `?action=flag.kill_switch.release&targetType=feature_flag&actor=ops@`. */
export const AuditFiltersSchema = z
  .object({
    action: optionalTextParam("Action"),
    targetType: optionalTextParam("Target type"),
    actor: optionalTextParam("Actor"),
    older: cursorParam(),
    newer: cursorParam(),
  })
  .refine((filters) => oneDirection(filters.older, filters.newer), { message: ONE_DIRECTION_MESSAGE });

export type AuditFilters = z.output<typeof AuditFiltersSchema>;

export type AuditRowFilters = Omit<AuditFilters, "older" | "newer">;

/** Action and target type match exactly; the actor is a case-insensitive fragment. */
export function auditEntryWhere(filters: AuditRowFilters): Prisma.AuditLogWhereInput {
  return {
    action: filters.action,
    targetType: filters.targetType,
    // The label is the e-mail for people and "system:<name>" for automatic actions, so both are searchable.
    actorLabel: filters.actor ? { contains: filters.actor, mode: "insensitive" } : undefined,
  };
}
