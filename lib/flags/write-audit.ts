import type { Prisma } from "@/lib/db";
import type { Actor } from "@/lib/flags/actor";

export interface AuditEntry {
  actor: Actor;
  action: string;
  targetType: string;
  targetId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  reason?: string | null;
}

/** Appends to audit_log inside the caller's transaction, so a change and its record commit or fail together. */
export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<string> {
  const row = await tx.auditLog.create({
    data: {
      actorId: entry.actor.id,
      actorLabel: entry.actor.label,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      ...(entry.before != null ? { before: entry.before } : {}),
      ...(entry.after != null ? { after: entry.after } : {}),
      reason: entry.reason ?? null,
    },
    select: { id: true },
  });
  return row.id;
}
