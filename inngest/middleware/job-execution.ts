import { Middleware } from "inngest";
import { jobTypeForFunction, recordExecutionEnd, recordExecutionStart } from "@/lib/jobs";
import { log } from "@/lib/log";
import { jobExecutionDurationSeconds, jobExecutionsTotal } from "@/lib/observability/prometheus";

interface RunContext {
  runId: string;
  attempt: number;
  event: { data?: unknown };
}

function readString(data: unknown, key: string): string | null {
  if (typeof data !== "object" || data === null) return null;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === "string" ? value : null;
}

/** Events from the dispatcher and "run now" say what made them; anything else is an ordinary event. */
function triggerOf(data: unknown): "scheduled" | "manual" | "event" {
  const value = readString(data, "trigger");
  return value === "scheduled" || value === "manual" ? value : "event";
}

/** A function that stopped itself because a gate said no (see `checkJobMayRun`) returns this shape. */
function cancellationOf(output: unknown): string | null {
  if (typeof output !== "object" || output === null) return null;
  const { outcome, reason } = output as { outcome?: unknown; reason?: unknown };
  return outcome === "cancelled" ? (typeof reason === "string" ? reason : "cancelled") : null;
}

function functionIdOf(fn: { id(prefix?: string): string; opts: unknown }): string {
  const id = (fn.opts as { id?: unknown }).id;
  return typeof id === "string" ? id : fn.id();
}

/**
 * Records every attempt of every function run in `job_executions`, the table the rollout guard and the
 * console read. Bookkeeping failures are logged, never thrown: they must not fail the job they describe.
 */
export class JobExecutionMiddleware extends Middleware.BaseMiddleware {
  readonly id = "job-execution-recorder";

  override async wrapFunctionHandler(args: Middleware.WrapFunctionHandlerArgs): Promise<unknown> {
    const ctx = args.ctx as unknown as RunContext;
    const functionId = functionIdOf(args.fn as unknown as { id(prefix?: string): string; opts: unknown });
    const jobType = jobTypeForFunction(functionId);
    this.jobType = jobType;
    this.startedAt = performance.now();
    if (jobType) {
      await recordExecutionStart({
        runId: ctx.runId,
        attempt: ctx.attempt,
        functionId,
        jobType,
        userId: readString(ctx.event.data, "userId"),
        jobId: readString(ctx.event.data, "scheduledJobId"),
        trigger: triggerOf(ctx.event.data),
        linkPersonJob: true,
      }).catch((error: unknown) => log.error({ err: error, runId: ctx.runId }, "could not record job start"));
    } else {
      log.warn({ functionId }, "function has no job type: its runs are not recorded");
    }
    return args.next();
  }

  private startedAt = 0;
  private jobType: string | null = null;

  private observe(status: "completed" | "failed" | "cancelled") {
    if (!this.jobType) return;
    jobExecutionsTotal.inc({ job_type: this.jobType, status });
    // Per request, not per attempt: a multi-step attempt spans several requests (the DB row has the total).
    jobExecutionDurationSeconds.observe(
      { job_type: this.jobType },
      (performance.now() - this.startedAt) / 1000,
    );
  }

  override async onRunComplete(args: Middleware.OnRunCompleteArgs): Promise<void> {
    const ctx = args.ctx as unknown as RunContext;
    const cancelledBecause = cancellationOf(args.output);
    this.observe(cancelledBecause === null ? "completed" : "cancelled");
    await recordExecutionEnd(
      { runId: ctx.runId, attempt: ctx.attempt },
      cancelledBecause === null ? { status: "completed" } : { status: "cancelled", reason: cancelledBecause },
    ).catch((error: unknown) =>
      log.error({ err: error, runId: ctx.runId }, "could not record job completion"),
    );
  }

  override async onRunError(args: Middleware.OnRunErrorArgs): Promise<void> {
    const ctx = args.ctx as unknown as RunContext;
    this.observe("failed");
    await recordExecutionEnd(
      { runId: ctx.runId, attempt: ctx.attempt },
      { status: "failed", error: args.error.message, isFinalAttempt: args.isFinalAttempt },
    ).catch((error: unknown) => log.error({ err: error, runId: ctx.runId }, "could not record job failure"));
  }
}
