/**
 * OAuth 1.0 HMAC-SHA1 request signing (RFC 5849 §3.4), the scheme FatSecret requires for every
 * user-delegated call (diary writes) and for the three-legged linking flow. Pure: no I/O, no clock — the
 * caller passes the timestamp and nonce, so the signature of a request is reproducible in tests and in the
 * loopback fake, which recomputes it to refuse a bad one.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export type OAuthParam = readonly [name: string, value: string];

/** RFC 3986 unreserved characters stay, everything else is %XX of its UTF-8 bytes (RFC 5849 §3.6). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Scheme and host lower-cased, default port dropped, no query or fragment (§3.4.1.2). */
export function baseStringUri(url: string): string {
  const parsed = new URL(url);
  const isDefaultPort =
    parsed.port === "" ||
    (parsed.protocol === "http:" && parsed.port === "80") ||
    (parsed.protocol === "https:" && parsed.port === "443");
  const host = parsed.hostname.toLowerCase() + (isDefaultPort ? "" : `:${parsed.port}`);
  return `${parsed.protocol.toLowerCase()}//${host}${parsed.pathname}`;
}

/** Every parameter encoded, sorted by name then value, joined as name=value&… (§3.4.1.3.2). */
export function normaliseParameters(params: readonly OAuthParam[]): string {
  return params
    .filter(([name]) => name !== "oauth_signature")
    .map(([name, value]) => [percentEncode(name), percentEncode(value)] as const)
    .sort(([an, av], [bn, bv]) => (an < bn ? -1 : an > bn ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
}

/** METHOD&encoded-base-uri&encoded-normalised-parameters (§3.4.1.1). */
export function signatureBaseString(method: string, url: string, params: readonly OAuthParam[]): string {
  return [
    method.toUpperCase(),
    percentEncode(baseStringUri(url)),
    percentEncode(normaliseParameters(params)),
  ].join("&");
}

/** HMAC-SHA1 keyed by encoded consumer secret & encoded token secret, base64 (§3.4.2). */
export function hmacSha1Signature(baseString: string, consumerSecret: string, tokenSecret = ""): string {
  const key = `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;
  return createHmac("sha1", key).update(baseString).digest("base64");
}

export interface SignRequestInput {
  method: string;
  /** May carry a query string: its parameters are signed too (§3.4.1.3.1). */
  url: string;
  /** Form-body or extra query parameters, not yet on the URL. */
  params?: readonly OAuthParam[];
  consumerKey: string;
  consumerSecret: string;
  token?: string;
  tokenSecret?: string;
  /** e.g. oauth_callback, oauth_verifier. */
  extraOAuth?: readonly OAuthParam[];
  timestamp: number;
  nonce: string;
}

/** The oauth_* parameters of a signed request, oauth_signature included. */
export function signRequest(input: SignRequestInput): OAuthParam[] {
  const oauth: OAuthParam[] = [
    ["oauth_consumer_key", input.consumerKey],
    ["oauth_nonce", input.nonce],
    ["oauth_signature_method", "HMAC-SHA1"],
    ["oauth_timestamp", String(input.timestamp)],
    ["oauth_version", "1.0"],
    ...(input.token ? [["oauth_token", input.token] as const] : []),
    ...(input.extraOAuth ?? []),
  ];
  const query = [...new URL(input.url).searchParams.entries()];
  const base = signatureBaseString(input.method, input.url, [...query, ...(input.params ?? []), ...oauth]);
  return [...oauth, ["oauth_signature", hmacSha1Signature(base, input.consumerSecret, input.tokenSecret)]];
}

/** Constant-time comparison of a received signature with the expected one (used by the fake). */
export function isSignatureValid(received: string, expected: string): boolean {
  const a = Buffer.from(received);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
