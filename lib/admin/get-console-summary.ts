import { db } from "@/lib/db";

/** Counts for the console's landing page. */
export async function getConsoleSummary() {
  const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const [users, staff, flags, executions, failed] = await Promise.all([
    db.user.count({ where: { deletedAt: null } }),
    db.user.count({ where: { role: "staff" } }),
    db.featureFlag.findMany({
      orderBy: { flagName: "asc" },
      select: {
        flagName: true,
        enabledGlobally: true,
        rolloutPercentage: true,
        killSwitch: true,
        _count: { select: { enrolments: true } },
      },
    }),
    db.jobExecution.count({ where: { startedAt: { gt: since } } }),
    db.jobExecution.count({ where: { startedAt: { gt: since }, status: "failed" } }),
  ]);
  return { users, staff, flags, executions, failed };
}
