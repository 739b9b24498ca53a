import type { Prisma } from "@/lib/db";
import type { JobType } from "@/lib/generated/prisma/enums";

/** The runbook's §3.4 step 2: jobs not yet started are cancelled; running ones are left to finish. */
export const ROLLBACK_JOB_TYPES: readonly JobType[] = ["WeeklyGeneration", "AutoSync"];

export async function cancelPendingJobs(
  tx: Prisma.TransactionClient,
  jobTypes: readonly JobType[] | "all",
): Promise<number> {
  const result = await tx.scheduledJob.updateMany({
    where: { status: "pending", ...(jobTypes === "all" ? {} : { jobType: { in: [...jobTypes] } }) },
    data: { status: "cancelled" },
  });
  return result.count;
}
