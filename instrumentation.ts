/**
 * Next.js calls `register` once per server process at start-up. Tracing (rollout plan §5.4) starts here,
 * in the Node.js runtime only, and only when OTEL_EXPORTER_OTLP_ENDPOINT is set (see
 * lib/observability/register-tracing.ts).
 */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is set by Next.js itself (inlined at build time), not operator configuration.
  // eslint-disable-next-line no-restricted-syntax
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { registerTracing } = await import("@/lib/observability/register-tracing");
  registerTracing();
}
