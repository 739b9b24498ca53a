/**
 * Next.js calls `register` once per server process at start-up, before it serves a request.
 * - Refuses to start in production without Inngest request signing.
 * - Stamps each request with the caller's socket address (lib/http/client-address.ts explains why this
 *   cannot be done in proxy.ts or a route handler).
 * - Starts tracing (rollout plan §5.4) when OTEL_EXPORTER_OTLP_ENDPOINT is set
 *   (lib/observability/register-tracing.ts).
 */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is set by Next.js itself (inlined at build time), not operator configuration; sockets,
  // the environment check and the OTel Node SDK exist only in the Node.js runtime.
  // eslint-disable-next-line no-restricted-syntax
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  const { assertInngestSigning } = await import("@/lib/startup/check-inngest-signing");
  assertInngestSigning(env);
  const { stampClientAddress } = await import("@/lib/http/stamp-client-address");
  stampClientAddress(env.TRUSTED_PROXY_HOPS);
  const { registerTracing } = await import("@/lib/observability/register-tracing");
  registerTracing();
}
