import { db, type Prisma } from "@/lib/db";
import { auditEntryWhere, type AuditRowFilters } from "@/lib/admin/audit-filters";
import { describeAuditEntry, userIdsOf, type AuditDescription } from "@/lib/admin/describe-audit-entry";
import { diffJson, type JsonChange } from "@/lib/admin/diff-json";
import { readKeysetPage, type KeysetPage, type KeysetRequest } from "@/lib/admin/keyset";

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

export type AuditEntryRow = Omit<AuditEntryRecord, "before" | "after"> & {
  changes: JsonChange[];
  description: AuditDescription;
};

/** E-mails for the people and flags for the rollouts one page names: two bounded lookups, not one per row. */
async function namesFor(records: AuditEntryRecord[]) {
  const userIds = [...new Set(records.flatMap(userIdsOf))];
  const rolloutIds = [...new Set(records.filter((r) => r.targetType === "rollout").map((r) => r.targetId))];
  const [users, rollouts] = await Promise.all([
    userIds.length === 0
      ? []
      : db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } }),
    rolloutIds.length === 0
      ? []
      : db.rollout.findMany({ where: { id: { in: rolloutIds } }, select: { id: true, flagName: true } }),
  ]);
  return {
    emailByUserId: new Map(users.map((user) => [user.id, user.email])),
    flagByRolloutId: new Map(rollouts.map((rollout) => [rollout.id, rollout.flagName])),
  };
}

/** One page of audit entries, newest first, each as a sentence with only the values that changed. */
export async function listAuditEntries(
  filters: AuditRowFilters,
  request: KeysetRequest = {},
): Promise<KeysetPage<AuditEntryRow>> {
  const where = auditEntryWhere(filters);
  const page = await readKeysetPage(
    request,
    "createdAt",
    (args) =>
      db.auditLog.findMany({
        where: { AND: [where, ...args.conditions] },
        select: auditEntryRecordSelect,
        orderBy: args.orderBy,
        take: args.take,
      }),
    (take) => db.auditLog.count({ where, take }),
  );
  const names = await namesFor(page.rows);
  const rows = page.rows.map(({ before, after, ...entry }): AuditEntryRow => {
    // Lists of people are shown as a count with a toggle, not as raw ids in the diff.
    const isList = (value: unknown) => Array.isArray(value);
    return {
      ...entry,
      changes: diffJson(before, after).filter(
        (change) =>
          !isList(change.before) &&
          !isList(change.after) &&
          !["userIds", "sampleUserIds"].includes(change.key ?? ""),
      ),
      description: describeAuditEntry({ ...entry, before, after }, names),
    };
  });
  return { ...page, rows };
}
