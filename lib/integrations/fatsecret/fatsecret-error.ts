/**
 * Why a FatSecret call failed, and whether trying again can help. FatSecret reports many failures as HTTP
 * 200 with `{ "error": { "code", "message" } }`, so the code decides as much as the status does:
 * - retryable: HTTP 429 and 5xx, timeouts, network errors, a body that is not JSON, and codes 11
 *   ("application request limit reached") and 12 ("user is performing too many actions");
 * - not retryable: parameter errors (code 101 and up) belong to one request and would fail again;
 *   OAuth errors (2–9) mean the person's link is broken until they link again; 13/14 mean our OAuth 2.0
 *   token expired, which the client answers by fetching a new one.
 */
export type FatSecretErrorReason =
  | "http_429"
  | "http_5xx"
  | "http_4xx"
  | "timeout"
  | "network"
  | "malformed"
  | "rate_limit_code"
  | "auth_code"
  | "token_expired"
  | "parameter_code"
  | "api_code";

export const RETRYABLE_REASONS: ReadonlySet<FatSecretErrorReason> = new Set([
  "http_429",
  "http_5xx",
  "timeout",
  "network",
  "malformed",
  "rate_limit_code",
]);

export class FatSecretError extends Error {
  readonly reason: FatSecretErrorReason;
  readonly method: string;
  readonly status: number | null;
  readonly code: number | null;
  /** From Retry-After, when the API sent one. */
  readonly retryAfterMs: number | null;

  constructor(args: {
    reason: FatSecretErrorReason;
    method: string;
    message: string;
    status?: number | null;
    code?: number | null;
    retryAfterMs?: number | null;
  }) {
    super(`FatSecret ${args.method}: ${args.message}`);
    this.name = "FatSecretError";
    this.reason = args.reason;
    this.method = args.method;
    this.status = args.status ?? null;
    this.code = args.code ?? null;
    this.retryAfterMs = args.retryAfterMs ?? null;
  }

  get isRetryable(): boolean {
    return RETRYABLE_REASONS.has(this.reason);
  }
}

/** The reason for an error code found in a 200 body. */
export function reasonForCode(code: number): FatSecretErrorReason {
  if (code === 11 || code === 12) return "rate_limit_code";
  if (code === 13 || code === 14) return "token_expired";
  if (code >= 2 && code <= 9) return "auth_code";
  if (code >= 101 && code < 200) return "parameter_code";
  return "api_code";
}
