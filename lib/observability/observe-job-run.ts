import { db } from "@/lib/db";
import { logJobExecution } from "@/lib/log";
import {
  failedJobRetryCount,
  jobExecutionDurationSeconds,
  jobExecutionsTotal,
} from "@/lib/observability/prometheus";
import { endRunSpan, runParentContext } from "@/lib/observability/run-trace";
import { context } from "@opentelemetry/api";
import { withJobAttributes, withSpan, type JobSpanAttributes } from "@/lib/observability/tracing";

/** What the job-execution middleware knows about the run it is in. */
export interface JobRun {
  runId: string;
  attempt: number;
  functionId: string;
  jobType: string;
  /** The scheduled job that booked the run, if any. */
  jobId: string | null;
  userId: string | null;
}

export interface AttemptEnd {
  status: "completed" | "failed" | "cancelled";
  error?: Error;
  /** Why a run cancelled itself (a gate said no). */
  reason?: string;
  /** False when Inngest will retry this failed attempt. */
  isFinalAttempt: boolean;
  /** When this request started: the fallback if the attempt's row cannot be read. */
  requestStartedAt: Date;
}

function jobAttributes(run: JobRun): JobSpanAttributes {
  return {
    "job.id": run.jobId ?? run.runId,
    "job.type": run.jobType,
    "inngest.run_id": run.runId,
    "inngest.attempt": run.attempt,
  };
}

/** A span for one step's handler, a child of the run's root span; outbound calls inside nest under it. */
export function traceStep<T>(run: JobRun, step: { id: string; type: string }, next: () => Promise<T>) {
  return withSpan(
    `inngest.step ${step.id}`,
    {
      parent: withJobAttributes(runParentContext(run.runId), jobAttributes(run)),
      attributes: {
        "inngest.function_id": run.functionId,
        "inngest.step.id": step.id,
        "inngest.step.type": step.type,
      },
    },
    next,
  );
}

/** Runs job work outside Inngest (a request, the CLI) inside the run's trace, as a step's work would. */
export function inJobRun<T>(run: JobRun, work: () => Promise<T>): Promise<T> {
  return context.with(withJobAttributes(runParentContext(run.runId), jobAttributes(run)), work);
}

/**
 * Everything an operator sees of a finished attempt: `job_executions_total`, `failed_job_retry_count_total`
 * when Inngest will retry, and, when the run is over, `job_execution_duration_seconds` measured from the
 * first attempt's start (the `job_executions` row of attempt 0) and the run's root span; then the plan's
 * log line. Never throws: observing a job must not fail it.
 */
export async function observeAttemptEnd(run: JobRun, end: AttemptEnd): Promise<void> {
  const finishedAt = new Date();
  const { runStartedAt, attemptStartedAt } = await readRunTiming(run, end.requestStartedAt);
  const isRunOver = end.status !== "failed" || end.isFinalAttempt;

  jobExecutionsTotal.inc({ job_type: run.jobType, status: end.status });
  if (!isRunOver) failedJobRetryCount.inc({ job_type: run.jobType });
  if (isRunOver) {
    jobExecutionDurationSeconds.observe(
      { job_type: run.jobType },
      (finishedAt.getTime() - runStartedAt.getTime()) / 1000,
    );
    endRunSpan({
      runId: run.runId,
      name: `inngest.run ${run.functionId}`,
      startedAt: runStartedAt,
      attributes: {
        ...jobAttributes(run),
        "inngest.function_id": run.functionId,
        "job.status": end.status,
        ...(end.reason ? { "job.cancel_reason": end.reason } : {}),
      },
      error: end.status === "failed" ? end.error : undefined,
    });
  }
  logJobExecution({
    job_id: run.jobId ?? run.runId,
    job_type: run.jobType,
    user_id: run.userId,
    status: end.status,
    will_retry: !isRunOver,
    duration_ms: finishedAt.getTime() - attemptStartedAt.getTime(),
    error: end.status === "failed" ? (end.error?.message ?? "unknown error") : null,
    ...(end.reason ? { reason: end.reason } : {}),
    run_id: run.runId,
    attempt: run.attempt,
    function_id: run.functionId,
  });
}

async function readRunTiming(run: JobRun, fallback: Date) {
  const rows = await db.jobExecution
    .findMany({
      where: { runId: run.runId, attempt: { in: [0, run.attempt] } },
      select: { attempt: true, startedAt: true },
    })
    .catch(() => []);
  const startOf = (attempt: number) => rows.find((r) => r.attempt === attempt)?.startedAt;
  const attemptStartedAt = startOf(run.attempt) ?? fallback;
  return { runStartedAt: startOf(0) ?? attemptStartedAt, attemptStartedAt };
}
