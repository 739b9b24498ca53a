import { Middleware } from "inngest";
import { jobTypeForFunction, recordExecutionEnd, recordExecutionStart } from "@/lib/jobs";
import { log } from "@/lib/log";
import { observeAttemptEnd, traceStep, type JobRun } from "@/lib/observability/observe-job-run";

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
    const userId = readString(ctx.event.data, "userId");
    const jobId = readString(ctx.event.data, "scheduledJobId");
    this.requestStartedAt = new Date();
    this.run = jobType
      ? { runId: ctx.runId, attempt: ctx.attempt, functionId, jobType, jobId, userId }
      : null;
    if (jobType) {
      await recordExecutionStart({
        runId: ctx.runId,
        attempt: ctx.attempt,
        functionId,
        jobType,
        userId,
        jobId,
        trigger: triggerOf(ctx.event.data),
        linkPersonJob: true,
      }).catch((error: unknown) => log.error({ err: error, runId: ctx.runId }, "could not record job start"));
    } else {
      log.warn({ functionId }, "function has no job type: its runs are not recorded");
    }
    return args.next();
  }

  // Inngest makes a middleware instance per request, so these describe this request's run.
  private requestStartedAt = new Date();
  private run: JobRun | null = null;

  /** A span per executed step (memoized steps did not run here, so they get none). */
  override async wrapStepHandler(args: Middleware.WrapStepHandlerArgs): Promise<unknown> {
    if (!this.run) return args.next();
    return traceStep(this.run, { id: args.stepInfo.options.id, type: String(args.stepInfo.stepType) }, () =>
      args.next(),
    );
  }

  /**
   * A step that failed and will be retried ends this attempt without `onRunError`: Inngest retries the step,
   * not the run. It still counts as a failed attempt and a retry.
   */
  override async onStepError(args: Middleware.OnStepErrorArgs): Promise<void> {
    if (!this.run || args.isFinalAttempt) return;
    await observeAttemptEnd(this.run, {
      status: "failed",
      error: args.error as Error,
      isFinalAttempt: false,
      requestStartedAt: this.requestStartedAt,
    });
  }

  override async onRunComplete(args: Middleware.OnRunCompleteArgs): Promise<void> {
    const ctx = args.ctx as unknown as RunContext;
    const cancelledBecause = cancellationOf(args.output);
    // The row first: the console and the guard read it; metrics, log line and span follow.
    await recordExecutionEnd(
      { runId: ctx.runId, attempt: ctx.attempt },
      cancelledBecause === null ? { status: "completed" } : { status: "cancelled", reason: cancelledBecause },
    ).catch((error: unknown) =>
      log.error({ err: error, runId: ctx.runId }, "could not record job completion"),
    );
    if (this.run) {
      await observeAttemptEnd(this.run, {
        status: cancelledBecause === null ? "completed" : "cancelled",
        reason: cancelledBecause ?? undefined,
        isFinalAttempt: true,
        requestStartedAt: this.requestStartedAt,
      });
    }
  }

  override async onRunError(args: Middleware.OnRunErrorArgs): Promise<void> {
    const ctx = args.ctx as unknown as RunContext;
    await recordExecutionEnd(
      { runId: ctx.runId, attempt: ctx.attempt },
      { status: "failed", error: args.error.message, isFinalAttempt: args.isFinalAttempt },
    ).catch((error: unknown) => log.error({ err: error, runId: ctx.runId }, "could not record job failure"));
    if (this.run) {
      await observeAttemptEnd(this.run, {
        status: "failed",
        error: args.error as Error,
        isFinalAttempt: args.isFinalAttempt,
        requestStartedAt: this.requestStartedAt,
      });
    }
  }
}
