import { db, type Prisma } from "@/lib/db";
import { auditEntryWhere, type AuditRowFilters } from "@/lib/admin/audit-filters";
import { diffJson, type JsonChange } from "@/lib/admin/diff-json";
import { paginated, toSkipTake, type PageRequest, type Paginated } from "@/lib/admin/pagination";

const auditEntryRecordSelect = {
  id: true,
  createdAt: true,
  actorLabel: true,
  action: true,
  targetType: true,
  targetId: true,
  before: true,
  after: true,
  reason: true,
} satisfies Prisma.AuditLogSelect;

type AuditEntryRecord = Prisma.AuditLogGetPayload<{ select: typeof auditEntryRecordSelect }>;

export type AuditEntryRow = Omit<AuditEntryRecord, "before" | "after"> & { changes: JsonChange[] };

function toRow({ before, after, ...entry }: AuditEntryRecord): AuditEntryRow {
  return { ...entry, changes: diffJson(before, after) };
}

/** One page of audit entries, newest first, each with only the values that changed. */
export async function listAuditEntries(
  filters: AuditRowFilters,
  pageRequest: PageRequest,
): Promise<Paginated<AuditEntryRow>> {
  const where = auditEntryWhere(filters);
  const [records, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      select: auditEntryRecordSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...toSkipTake(pageRequest),
    }),
    db.auditLog.count({ where }),
  ]);
  return paginated(records.map(toRow), total, pageRequest);
}
