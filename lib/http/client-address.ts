/**
 * Who is calling, for rate limits and logs. Pure: no framework imports.
 *
 * Why a header of our own: a Next.js route handler or proxy never sees the TCP socket, and the
 * `x-forwarded-for` that Next's server fills from the socket is only filled when the client sent none
 * (`??=` in next/dist/server/base-server.js), so with no proxy in front a client can put anything there and
 * rotate a rate-limit key per request. `stampClientAddress` (installed at start-up by `instrumentation.ts`)
 * therefore writes CLIENT_ADDRESS_HEADER on every incoming Node request, always overwriting what the client
 * sent: the socket's peer address, or, when TRUSTED_PROXY_HOPS says N reverse proxies append to
 * X-Forwarded-For, the address the outermost trusted proxy saw (the N-th entry from the right).
 */
import { isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-meal-planner-client-address";

/** What every caller whose address cannot be established shares (so it is limited together, never freed). */
export const UNKNOWN_ADDRESS = "unknown";

/** `::ffff:203.0.113.9` → `203.0.113.9`; anything that is not an IP address → null. */
export function normaliseAddress(value: string | undefined | null): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  const unmapped = trimmed.toLowerCase().startsWith("::ffff:") ? trimmed.slice(7) : trimmed;
  if (isIP(unmapped)) return unmapped.toLowerCase();
  return isIP(trimmed) ? trimmed.toLowerCase() : null;
}

export interface ClientAddressSource {
  /** The TCP peer: the client itself, or the nearest proxy. */
  peerAddress: string | undefined;
  /** X-Forwarded-For as received (one header, or several joined). */
  forwardedFor: string | string[] | undefined;
  /** How many proxies in front of the app append to X-Forwarded-For. */
  trustedHops: number;
}

/**
 * With 0 trusted hops the peer is the client and X-Forwarded-For is the client's own claim: ignored. With N,
 * each trusted proxy appended the address it saw, so the entry N from the right is what the outermost trusted
 * proxy saw; entries left of it are the client's claims. A chain shorter than N did not come through the
 * proxies, so the peer is used.
 */
export function resolveClientAddress({
  peerAddress,
  forwardedFor,
  trustedHops,
}: ClientAddressSource): string {
  const peer = normaliseAddress(peerAddress) ?? UNKNOWN_ADDRESS;
  if (trustedHops <= 0) return peer;
  const joined = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const entries = joined
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length < trustedHops) return peer;
  return normaliseAddress(entries[entries.length - trustedHops]) ?? peer;
}

/** The caller's address as stamped at the socket; `unknown` when the request did not come through the stamp. */
export function clientAddress(request: Request): string {
  return normaliseAddress(request.headers.get(CLIENT_ADDRESS_HEADER)) ?? UNKNOWN_ADDRESS;
}
