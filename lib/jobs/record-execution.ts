import { db } from "@/lib/db";
import type { JobStatus, JobTrigger, JobType } from "@/lib/generated/prisma/enums";

export interface ExecutionKey {
  runId: string;
  attempt: number;
}

export interface ExecutionStart extends ExecutionKey {
  functionId: string;
  jobType: JobType;
  userId?: string | null;
  jobId?: string | null;
  trigger?: JobTrigger;
  /**
   * With no `jobId`, attach the run to the person's row of this job type (runs set off by an event, such as
   * the plan-ready e-mail after `plan/generated`), so the row shows the last run.
   */
  linkPersonJob?: boolean;
}

export type ExecutionOutcome =
  | { status: "completed" }
  | { status: "cancelled"; reason: string }
  | { status: "failed"; error: string; isFinalAttempt: boolean };

const MAX_ERROR_LENGTH = 2000;

/**
 * Opens the row for one attempt of a run. Inngest calls the function once per step, so this is idempotent:
 * the first request of an attempt inserts, later ones find the row and leave `started_at` alone.
 */
export async function recordExecutionStart(start: ExecutionStart): Promise<void> {
  const [user, job] = await Promise.all([
    start.userId ? db.user.findUnique({ where: { id: start.userId }, select: { id: true } }) : null,
    start.jobId
      ? db.scheduledJob.findUnique({ where: { id: start.jobId }, select: { id: true } })
      : start.linkPersonJob && start.userId
        ? db.scheduledJob.findUnique({
            where: { userId_jobType: { userId: start.userId, jobType: start.jobType } },
            select: { id: true },
          })
        : null,
  ]);
  await db.jobExecution.upsert({
    where: { runId_attempt: { runId: start.runId, attempt: start.attempt } },
    create: {
      runId: start.runId,
      attempt: start.attempt,
      functionId: start.functionId,
      jobType: start.jobType,
      // A deleted user or job must not make the bookkeeping fail the job itself.
      userId: user?.id ?? null,
      jobId: job?.id ?? null,
      status: "running",
      trigger: start.trigger ?? "event",
    },
    update: {},
  });
  // Only a booked run starts its job: a row cancelled by a rollback stays cancelled whatever arrives late.
  // A run set off by an event was never booked, so any state but cancelled may move on.
  if (job) {
    const from: JobStatus[] = start.jobId ? ["pending"] : ["pending", "completed", "failed"];
    await db.scheduledJob.updateMany({
      where: { id: job.id, status: { in: from } },
      data: { status: "running" },
    });
  }
}

/** Closes the attempt's row with its outcome and duration (wall time since the attempt's first request). */
export async function recordExecutionEnd(key: ExecutionKey, outcome: ExecutionOutcome): Promise<void> {
  const row = await db.jobExecution.findUnique({ where: { runId_attempt: key } });
  if (!row) return;
  const finishedAt = new Date();
  await db.jobExecution.update({
    where: { id: row.id },
    data: {
      status: outcome.status,
      finishedAt,
      durationMs: finishedAt.getTime() - row.startedAt.getTime(),
      errorMessage:
        outcome.status === "failed"
          ? outcome.error.slice(0, MAX_ERROR_LENGTH)
          : outcome.status === "cancelled"
            ? outcome.reason.slice(0, MAX_ERROR_LENGTH)
            : null,
    },
  });
  if (row.jobId) {
    // A failed attempt that will be retried leaves the job running; only the last word counts. Only a
    // running job moves on: a late run cannot revive a row a rollback cancelled.
    const jobStatus =
      outcome.status === "failed" ? (outcome.isFinalAttempt ? "failed" : null) : outcome.status;
    if (jobStatus) {
      await db.scheduledJob.updateMany({
        where: { id: row.jobId, status: { in: ["pending", "running"] } },
        data: { status: jobStatus, lastRunAt: finishedAt },
      });
    }
  }
}
