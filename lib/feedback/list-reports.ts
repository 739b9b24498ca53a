import { db } from "@/lib/db";

export interface ReportView {
  id: string;
  kind: string;
  severity: string | null;
  triagedSeverity: string | null;
  triagedBy: string | null;
  message: string;
  satisfaction: number | null;
  reporterEmail: string | null;
  createdAt: string;
}

const MAX_REPORTS = 100;

/** The newest reports for triage, untriaged first; bounded, so the page costs the same at any volume. */
export async function listReports(): Promise<ReportView[]> {
  const rows = await db.feedbackReport.findMany({
    orderBy: [{ triagedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: MAX_REPORTS,
    select: {
      id: true,
      kind: true,
      severity: true,
      triagedSeverity: true,
      triagedBy: true,
      message: true,
      satisfaction: true,
      createdAt: true,
      user: { select: { email: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    severity: row.severity,
    triagedSeverity: row.triagedSeverity,
    triagedBy: row.triagedBy,
    message: row.message,
    satisfaction: row.satisfaction,
    reporterEmail: row.user?.email ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}

/**
 * The plan's gate "no user-reported critical bugs in 24 hours": reports staff triaged critical that were
 * reported or triaged within the day (a report from last week triaged critical this morning counts), for
 * the flag or not tied to one. `received` is every report of the day, what the count rests on.
 */
export async function countCriticalReports(
  flagName: string,
  to: Date,
): Promise<{ critical: number; received: number }> {
  const from = new Date(to.getTime() - 86_400_000);
  const [critical, received] = await Promise.all([
    db.feedbackReport.count({
      where: {
        triagedSeverity: "critical",
        OR: [{ flagName }, { flagName: null }],
        AND: [{ OR: [{ createdAt: { gt: from, lte: to } }, { triagedAt: { gt: from, lte: to } }] }],
      },
    }),
    db.feedbackReport.count({
      where: { kind: { in: ["bug", "feedback"] }, createdAt: { gt: from, lte: to } },
    }),
  ]);
  return { critical, received };
}
