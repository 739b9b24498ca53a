import { randomUUID } from "node:crypto";
import type { JobTrigger, JobType } from "@/lib/generated/prisma/enums";
import { recordExecutionEnd, recordExecutionStart } from "@/lib/jobs/record-execution";
import { log } from "@/lib/log";
import { jobExecutionDurationSeconds, jobExecutionsTotal } from "@/lib/observability/prometheus";

export interface RecordedJob {
  jobType: JobType;
  /** The Inngest function whose work this is, so the console lists in-app runs beside the engine's. */
  functionId: string;
  trigger: JobTrigger;
  userId?: string | null;
  scheduledJobId?: string | null;
}

/**
 * Runs a job's work outside Inngest (in a request or the ops CLI) and records it exactly like an Inngest
 * attempt: one `job_executions` row, the Prometheus counters, so canary metrics and the console count it.
 * Bookkeeping failures are logged, never thrown: they must not fail the work they describe.
 */
export async function runRecordedJob<T>(job: RecordedJob, work: () => Promise<T>): Promise<T> {
  const key = { runId: `${job.trigger}-${randomUUID()}`, attempt: 0 };
  const startedAt = performance.now();
  await recordExecutionStart({
    ...key,
    functionId: job.functionId,
    jobType: job.jobType,
    userId: job.userId ?? null,
    jobId: job.scheduledJobId ?? null,
    trigger: job.trigger,
  }).catch((error: unknown) => log.error({ err: error, runId: key.runId }, "could not record job start"));
  const observe = (status: "completed" | "failed") => {
    jobExecutionsTotal.inc({ job_type: job.jobType, status });
    jobExecutionDurationSeconds.observe({ job_type: job.jobType }, (performance.now() - startedAt) / 1000);
  };
  try {
    const result = await work();
    observe("completed");
    await recordExecutionEnd(key, { status: "completed" }).catch((error: unknown) =>
      log.error({ err: error, runId: key.runId }, "could not record job completion"),
    );
    return result;
  } catch (error) {
    observe("failed");
    const message = error instanceof Error ? error.message : String(error);
    await recordExecutionEnd(key, { status: "failed", error: message, isFinalAttempt: true }).catch(
      (bookkeeping: unknown) =>
        log.error({ err: bookkeeping, runId: key.runId }, "could not record job failure"),
    );
    throw error;
  }
}
