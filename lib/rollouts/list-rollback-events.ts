import { paginated, toSkipTake, type PageRequest, type Paginated } from "@/lib/admin/pagination";
import { db, type Prisma } from "@/lib/db";

export interface RollbackEventView {
  id: string;
  flagName: string;
  rolloutId: string | null;
  trigger: string;
  action: string;
  rule: string | null;
  metric: string | null;
  value: number | null;
  threshold: number | null;
  windowSeconds: number | null;
  reason: string;
  actorId: string | null;
  removedEnrolments: number;
  cancelledJobs: number;
  restoredAt: string | null;
  createdAt: string;
  /** Whether `restoreEnrolments` can still put this event's enrolments back. */
  canRestore: boolean;
}

type RollbackEventRow = Prisma.RollbackEventGetPayload<object>;

export function toRollbackEventView(row: RollbackEventRow): RollbackEventView {
  const removed = row.removedEnrolmentCount;
  return {
    id: row.id,
    flagName: row.flagName,
    rolloutId: row.rolloutId,
    trigger: row.trigger,
    action: row.action,
    rule: row.rule,
    metric: row.metric,
    value: row.value,
    threshold: row.threshold,
    windowSeconds: row.windowSeconds,
    reason: row.reason,
    actorId: row.actorId,
    removedEnrolments: removed,
    cancelledJobs: row.cancelledJobs,
    restoredAt: row.restoredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    canRestore: row.restoredAt === null && removed > 0,
  };
}

/** Rollbacks and guard actions, newest first, optionally for one flag. */
export async function listRollbackEvents(
  options: { flagName?: string; limit?: number } = {},
): Promise<RollbackEventView[]> {
  const rows = await db.rollbackEvent.findMany({
    where: options.flagName === undefined ? {} : { flagName: options.flagName },
    orderBy: { createdAt: "desc" },
    take: Math.min(Math.max(options.limit ?? 50, 1), 500),
  });
  return rows.map(toRollbackEventView);
}

/** One page of rollback events for the console's rollbacks page, newest first (a small table: OFFSET is fine). */
export async function listRollbackEventPage(pageRequest: PageRequest): Promise<Paginated<RollbackEventView>> {
  const [rows, total] = await Promise.all([
    db.rollbackEvent.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...toSkipTake(pageRequest),
    }),
    db.rollbackEvent.count(),
  ]);
  return paginated(rows.map(toRollbackEventView), total, pageRequest);
}
