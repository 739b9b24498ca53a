import type { Counter, Histogram } from "prom-client";
import {
  fatsecretApiCallDurationSeconds,
  fatsecretApiErrorsTotal,
  tandoorApiCallDurationSeconds,
} from "@/lib/observability/prometheus";
import { SpanKind, markSpanFailed, withSpan } from "@/lib/observability/tracing";

/** The external APIs whose calls are traced and, where the plan names a metric, measured. */
export type ExternalService = "fatsecret" | "tandoor" | "resend";

/** `ok`, or why the call failed; the `outcome` label of the duration histograms. */
export type CallOutcome = "ok" | "http_4xx" | "http_5xx" | "timeout" | "network" | "malformed";

interface ServiceMetrics {
  duration?: Histogram<"operation" | "outcome">;
  errors?: Counter<"operation" | "reason">;
}

const METRICS: Record<ExternalService, ServiceMetrics> = {
  fatsecret: { duration: fatsecretApiCallDurationSeconds, errors: fatsecretApiErrorsTotal },
  tandoor: { duration: tandoorApiCallDurationSeconds },
  resend: {},
};

export interface TracedFetchOptions extends RequestInit {
  service: ExternalService;
  /** A short, fixed name for what is called (`foods.search`, `recipes.list`): a span name and metric label. */
  operation: string;
  /** Every outbound call has a timeout; the call is aborted after it. */
  timeoutMs: number;
}

/**
 * `fetch` for the FatSecret and Tandoor clients: one CLIENT span per call (method, URL without its query,
 * status, error event), the service's latency histogram with the outcome, and `fatsecret_api_errors_total`
 * on failures. HTTP error statuses are returned, not thrown, like `fetch`; a timeout or network error throws.
 * A body that turns out unusable is reported by the caller with `recordMalformedResponse`.
 */
export async function tracedFetch(url: string | URL, options: TracedFetchOptions): Promise<Response> {
  const { service, operation, timeoutMs, ...init } = options;
  const target = new URL(url);
  const method = (init.method ?? "GET").toUpperCase();
  const signal = init.signal
    ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)])
    : AbortSignal.timeout(timeoutMs);
  const started = performance.now();
  const attributes = {
    "peer.service": service,
    "http.request.method": method,
    // The query can carry credentials (OAuth 1 signatures): keep it out of traces.
    "url.full": `${target.origin}${target.pathname}`,
    "server.address": target.hostname,
    "app.operation": operation,
  };
  return withSpan(`${service} ${operation}`, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    let response: Response;
    try {
      response = await fetch(target, { ...init, signal });
    } catch (error) {
      const outcome = isTimeout(error) ? "timeout" : "network";
      observe(service, operation, outcome, started);
      throw error;
    }
    span.setAttribute("http.response.status_code", response.status);
    const outcome = outcomeOfStatus(response.status);
    observe(service, operation, outcome, started);
    if (outcome !== "ok")
      markSpanFailed(span, new Error(`${service} ${operation} answered ${response.status}`));
    return response;
  });
}

/** For a response that arrived but could not be used (not JSON, wrong shape): counts as an API error. */
export function recordMalformedResponse(service: ExternalService, operation: string): void {
  METRICS[service].errors?.inc({ operation, reason: "malformed" });
}

function observe(service: ExternalService, operation: string, outcome: CallOutcome, started: number) {
  const metrics = METRICS[service];
  metrics.duration?.observe({ operation, outcome }, (performance.now() - started) / 1000);
  if (outcome !== "ok") metrics.errors?.inc({ operation, reason: outcome });
}

function outcomeOfStatus(status: number): CallOutcome {
  if (status >= 500) return "http_5xx";
  if (status >= 400) return "http_4xx";
  return "ok";
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}
