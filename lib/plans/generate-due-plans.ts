import { randomUUID } from "node:crypto";
import { bookDueJobsPage, runRecordedJob } from "@/lib/jobs";
import { generatePlanForUser } from "@/lib/plans/generate-plan-for-user";
import { getCatalogue } from "@/lib/plans/load-catalogue";

export interface DuePlansReport {
  at: string;
  booked: number;
  generated: { userId: string; mealPlanId: string }[];
  failed: { userId: string; error: string }[];
}

/**
 * The dispatcher's weekly-plan work without Inngest (the ops CLI): books every WeeklyGeneration run due at
 * `at`, page by page, exactly as the dispatcher does, and makes each plan in this process, recorded like an
 * Inngest run with trigger `cli`. Other job types stay for the dispatcher: booking them here would strand
 * them without their events.
 */
export async function generateDuePlans(input: {
  at: Date;
  pageSize?: number;
  onProgress?: (line: string) => void;
}): Promise<DuePlansReport> {
  const report: DuePlansReport = { at: input.at.toISOString(), booked: 0, generated: [], failed: [] };
  const catalogue = await getCatalogue();
  const runId = randomUUID();
  for (let page = 0; ; page += 1) {
    const { booked } = await bookDueJobsPage({
      at: input.at,
      // Unique per call: a second call for the same time is a new pass, not a retry of this one.
      bookingKey: `cli:${runId}:${page}`,
      limit: input.pageSize ?? 500,
      jobTypes: ["WeeklyGeneration"],
    });
    if (booked.length === 0) break;
    report.booked += booked.length;
    for (const job of booked) {
      if (!job.userId || !job.weekStart) continue;
      const { userId, weekStart } = job;
      try {
        const plan = await runRecordedJob(
          {
            jobType: "WeeklyGeneration",
            functionId: "generate-plan",
            trigger: "cli",
            userId,
            scheduledJobId: job.scheduledJobId,
          },
          () => generatePlanForUser(userId, weekStart, { catalogue }),
        );
        report.generated.push({ userId, mealPlanId: plan.mealPlanId });
      } catch (error) {
        report.failed.push({ userId, error: error instanceof Error ? error.message : String(error) });
      }
    }
    input.onProgress?.(
      `page ${page + 1}: ${report.generated.length} plans made, ${report.failed.length} failed`,
    );
  }
  return report;
}
