/**
 * Runs once when the server process starts, before it serves a request (Next.js instrumentation hook).
 * - Refuses to start in production without Inngest request signing.
 * - Stamps each request with the caller's socket address (lib/http/client-address.ts explains why this
 *   cannot be done in proxy.ts or a route handler).
 */
export async function register() {
  const { env } = await import("@/lib/env");
  const { assertInngestSigning } = await import("@/lib/startup/check-inngest-signing");
  assertInngestSigning(env);
  const { stampClientAddress } = await import("@/lib/http/stamp-client-address");
  stampClientAddress(env.TRUSTED_PROXY_HOPS);
}
