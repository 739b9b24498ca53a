import {
  SpanKind,
  SpanStatusCode,
  context,
  createContextKey,
  trace,
  type Attributes,
  type Context,
  type Span,
} from "@opentelemetry/api";

/** The tracer every span of the app comes from; a no-op until `registerTracing` installs a provider. */
export const TRACER_NAME = "meal-planner";
export const tracer = () => trace.getTracer(TRACER_NAME);

/** The job a span belongs to (rollout plan §5.4: `job.id`, `job.type`), carried down to outbound calls. */
export interface JobSpanAttributes {
  "job.id": string;
  "job.type": string;
  "inngest.run_id": string;
  "inngest.attempt": number;
}

const JOB_KEY = createContextKey("meal-planner.job");

export function withJobAttributes(ctx: Context, job: JobSpanAttributes): Context {
  return ctx.setValue(JOB_KEY, job);
}

export function jobAttributesOf(ctx: Context = context.active()): JobSpanAttributes | undefined {
  return ctx.getValue(JOB_KEY) as JobSpanAttributes | undefined;
}

export interface SpanOptions {
  attributes?: Attributes;
  kind?: SpanKind;
  /** Parent context; defaults to the active one. */
  parent?: Context;
}

/**
 * Runs `fn` inside a new active span: children started in `fn` nest under it, the job's `job.id`/`job.type`
 * are copied on, a throw is recorded as an `exception` event with status ERROR and rethrown. `fn` may also
 * mark the span failed itself (`markSpanFailed`) for failures that do not throw, such as an SDK error value.
 */
export async function withSpan<T>(
  name: string,
  options: SpanOptions,
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(
    name,
    {
      kind: options.kind ?? SpanKind.INTERNAL,
      attributes: { ...jobAttributesOf(parent), ...options.attributes },
    },
    parent,
  );
  try {
    const result = await context.with(trace.setSpan(parent, span), () => fn(span));
    if (!failedSpans.has(span)) span.setStatus({ code: SpanStatusCode.OK });
    return result;
  } catch (error) {
    markSpanFailed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

const failedSpans = new WeakSet<Span>();

/** Status ERROR with the message, and the error as an `exception` event (OTel's name for error events). */
export function markSpanFailed(span: Span, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error) span.recordException(error);
  else span.recordException({ name: "Error", message });
  span.setStatus({ code: SpanStatusCode.ERROR, message });
  failedSpans.add(span);
}

export { SpanKind, SpanStatusCode };
