import { db } from "@/lib/db";
import type { JobType } from "@/lib/generated/prisma/enums";
import { isFeatureEnabled, isKillSwitchEngaged } from "@/lib/flags/server";
import { JOB_GATES } from "@/lib/jobs/job-gates";

export type JobRunDecision = { mayRun: true } | { mayRun: false; reason: string };

export interface CheckJobMayRunInput {
  jobType: JobType;
  userId?: string | null;
  scheduledJobId?: string | null;
}

/** Whether the job type's gates let it run for this person now (no scheduled row involved). */
export async function checkGates(jobType: JobType, userId: string | null): Promise<JobRunDecision> {
  const gate = JOB_GATES[jobType];
  for (const flag of gate.killSwitches) {
    if (await isKillSwitchEngaged(flag))
      return { mayRun: false, reason: `The ${flag} kill switch is engaged.` };
  }
  if (gate.userFlag && userId && !(await isFeatureEnabled({ id: userId }, gate.userFlag))) {
    return { mayRun: false, reason: `${gate.userFlag} is off for this person.` };
  }
  return { mayRun: true };
}

/**
 * The first step of every job: a rollback, a kill switch or the guard's scheduler pause that happened after
 * the job was queued stops it before it does anything. The scheduled row is the exact check (a rollback
 * cancels pending rows in its own transaction); the flags cover runs without one.
 */
export async function checkJobMayRun(input: CheckJobMayRunInput): Promise<JobRunDecision> {
  if (input.scheduledJobId) {
    const job = await db.scheduledJob.findUnique({
      where: { id: input.scheduledJobId },
      select: { status: true, enabled: true },
    });
    if (!job) return { mayRun: false, reason: "Its scheduled job no longer exists." };
    if (!job.enabled) return { mayRun: false, reason: "Its scheduled job is disabled." };
    if (job.status === "cancelled") return { mayRun: false, reason: "Its scheduled job was cancelled." };
  } else if (input.userId) {
    // A run set off by an event (a plan was generated) still honours the person's row being switched off.
    const job = await db.scheduledJob.findUnique({
      where: { userId_jobType: { userId: input.userId, jobType: input.jobType } },
      select: { enabled: true },
    });
    if (job && !job.enabled)
      return { mayRun: false, reason: `${input.jobType} is disabled for this person.` };
  }
  return checkGates(input.jobType, input.userId ?? null);
}
