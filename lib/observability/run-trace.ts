import { createHash } from "node:crypto";
import { ROOT_CONTEXT, TraceFlags, trace, type Attributes, type Context } from "@opentelemetry/api";
import { RandomIdGenerator, type IdGenerator } from "@opentelemetry/sdk-trace-node";
import { markSpanFailed, tracer, SpanStatusCode } from "@/lib/observability/tracing";

/**
 * One trace per Inngest run. Inngest calls the app once per step (or per batch of steps), and no request
 * outlives its steps, so no span can stay open for the whole run. Instead the trace and root span ids are
 * derived from the run id: every request parents its step spans on the same (not yet written) root, and the
 * request that ends the run writes the root span itself, with those ids and the run's real start time.
 */
export interface RunTraceIds {
  traceId: string;
  spanId: string;
}

export function runTraceIds(runId: string): RunTraceIds {
  const hex = createHash("sha256").update(`inngest-run:${runId}`).digest("hex");
  return { traceId: hex.slice(0, 32), spanId: hex.slice(32, 48) };
}

/** The context step spans of a run start in: the run's root span as (remote) parent. */
export function runParentContext(runId: string): Context {
  const { traceId, spanId } = runTraceIds(runId);
  return trace.setSpanContext(ROOT_CONTEXT, {
    traceId,
    spanId,
    traceFlags: TraceFlags.SAMPLED,
    isRemote: true,
  });
}

/**
 * Random ids, except while `withForcedIds` runs: then the ids given. The SDK asks for ids synchronously inside
 * `startSpan`, so forcing them around that one call cannot leak into another span.
 */
class RunIdGenerator implements IdGenerator {
  private readonly random = new RandomIdGenerator();
  private forced: RunTraceIds | undefined;

  generateTraceId(): string {
    return this.forced?.traceId ?? this.random.generateTraceId();
  }

  generateSpanId(): string {
    return this.forced?.spanId ?? this.random.generateSpanId();
  }

  withForcedIds<T>(ids: RunTraceIds, start: () => T): T {
    this.forced = ids;
    try {
      return start();
    } finally {
      this.forced = undefined;
    }
  }
}

/** Give this to the tracer provider (`registerTracing` does); without it run roots get random ids. */
export const runIdGenerator = new RunIdGenerator();

export interface RunSpan {
  runId: string;
  name: string;
  startedAt: Date;
  attributes: Attributes;
  error?: Error;
}

/** Writes the run's root span, from its first attempt's start to now. */
export function endRunSpan(run: RunSpan): void {
  const span = runIdGenerator.withForcedIds(runTraceIds(run.runId), () =>
    tracer().startSpan(run.name, { startTime: run.startedAt, attributes: run.attributes }, ROOT_CONTEXT),
  );
  if (run.error) markSpanFailed(span, run.error);
  else span.setStatus({ code: SpanStatusCode.OK });
  span.end();
}
