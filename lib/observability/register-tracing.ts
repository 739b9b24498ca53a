import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider, type SpanProcessor } from "@opentelemetry/sdk-trace-node";
import { env } from "@/lib/env";
import { runIdGenerator } from "@/lib/observability/run-trace";

/** A provider with the app's resource and run-scoped ids; tests pass an in-memory exporter's processor. */
export function createTracerProvider(spanProcessors: SpanProcessor[]): NodeTracerProvider {
  return new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": env.OTEL_SERVICE_NAME }),
    idGenerator: runIdGenerator,
    spanProcessors,
  });
}

/**
 * Called once from `instrumentation.ts`. Tracing is off (the OTel API stays a no-op) unless
 * `OTEL_EXPORTER_OTLP_ENDPOINT` is set; then spans go there over OTLP/HTTP, batched.
 */
export function registerTracing(): NodeTracerProvider | null {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return null;
  const exporter = new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, "")}/v1/traces` });
  const provider = createTracerProvider([new BatchSpanProcessor(exporter)]);
  provider.register();
  return provider;
}
