import { db, type Prisma } from "@/lib/db";
import { paginated, toSkipTake, type PageRequest, type Paginated } from "@/lib/admin/pagination";

const rollbackEventRecordSelect = {
  id: true,
  createdAt: true,
  flagName: true,
  trigger: true,
  action: true,
  metric: true,
  value: true,
  threshold: true,
  windowSeconds: true,
  reason: true,
  removedEnrolments: true,
  cancelledJobs: true,
  restoredAt: true,
} satisfies Prisma.RollbackEventSelect;

type RollbackEventRecord = Prisma.RollbackEventGetPayload<{ select: typeof rollbackEventRecordSelect }>;

/** The removed enrolments themselves stay in the database for restoring; the console only needs how many. */
export type RollbackEventRow = Omit<RollbackEventRecord, "removedEnrolments"> & {
  removedEnrolmentCount: number;
};

function toRow({ removedEnrolments, ...event }: RollbackEventRecord): RollbackEventRow {
  return { ...event, removedEnrolmentCount: Array.isArray(removedEnrolments) ? removedEnrolments.length : 0 };
}

/** One page of rollback events, newest first. */
export async function listRollbackEvents(pageRequest: PageRequest): Promise<Paginated<RollbackEventRow>> {
  const [records, total] = await Promise.all([
    db.rollbackEvent.findMany({
      select: rollbackEventRecordSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...toSkipTake(pageRequest),
    }),
    db.rollbackEvent.count(),
  ]);
  return paginated(records.map(toRow), total, pageRequest);
}
