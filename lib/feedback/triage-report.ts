import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { TriageInputSchema, type TriageInput } from "@/lib/feedback/feedback-input";
import { parseInput, writeAudit, type Actor } from "@/lib/flags/server";

/** Staff set a report's severity; "critical" holds every rollout stage for 24 hours (see the bug gate). */
export async function triageReport(input: TriageInput, actor: Actor, now: Date = new Date()): Promise<void> {
  const { reportId, severity } = parseInput(TriageInputSchema, input);
  await db.$transaction(async (tx) => {
    const before = await tx.feedbackReport.findUnique({
      where: { id: reportId },
      select: { triagedSeverity: true },
    });
    if (before === null) throw new AppError("NOT_FOUND", `There is no report ${reportId}.`);
    await tx.feedbackReport.update({
      where: { id: reportId },
      data: { triagedSeverity: severity, triagedAt: now, triagedBy: actor.label },
    });
    await writeAudit(tx, {
      actor,
      action: "feedback.triage",
      targetType: "feedback_report",
      targetId: reportId,
      before: { triagedSeverity: before.triagedSeverity },
      after: { triagedSeverity: severity },
    });
  });
}
