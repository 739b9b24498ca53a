/**
 * FatSecret Platform API over HTTP: the classic method interface (`POST {FATSECRET_BASE_URL}/server.api`
 * with `method=…&format=json`), OAuth 1.0 HMAC-SHA1 for a person's diary, an OAuth 2.0 client-credentials
 * bearer token for food lookups, and the three-legged linking endpoints. Every call has a timeout, is
 * measured, and retried with backoff when the failure is transient (see fatsecret-error.ts).
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { withBackoff } from "@/lib/integrations/fatsecret/backoff";
import { FatSecretError, reasonForCode } from "@/lib/integrations/fatsecret/fatsecret-error";
import { signRequest, type OAuthParam } from "@/lib/integrations/fatsecret/oauth1";
import { recordApiCall } from "@/lib/integrations/fatsecret/record-api-call";
import { SpanKind, withSpan } from "@/lib/observability/tracing";

export interface OAuthTokenPair {
  token: string;
  tokenSecret: string;
}

type Auth = { kind: "user"; credentials: OAuthTokenPair; userId: string } | { kind: "app" };

// The plan caches the client-credentials token for 30 minutes (FatSecret issues it for 24 h).
const APP_TOKEN_TTL_MS = 30 * 60_000;
let appToken: { value: string; expiresAt: number } | null = null;

function consumer(): { key: string; secret: string } {
  const key = env.FATSECRET_CONSUMER_KEY ?? env.FATSECRET_CLIENT_ID;
  const secret = env.FATSECRET_CONSUMER_SECRET ?? env.FATSECRET_CLIENT_SECRET;
  if (!key || !secret) {
    throw new AppError(
      "UNAVAILABLE",
      "FatSecret is not configured (set FATSECRET_CLIENT_ID and FATSECRET_CLIENT_SECRET).",
    );
  }
  return { key, secret };
}

function retryOptions() {
  return { budgetMs: env.FATSECRET_RETRY_BUDGET_MS, timeScale: env.FATSECRET_TIME_SCALE };
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

interface RawAnswer {
  status: number;
  text: string;
  retryAfterMs: number | null;
}

/** One HTTP exchange with a timeout; transport failures become FatSecretErrors. */
async function exchange(method: string, url: string, init: RequestInit): Promise<RawAnswer> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(env.FATSECRET_TIMEOUT_MS) });
    return {
      status: response.status,
      text: await response.text(),
      retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
    };
  } catch (error) {
    const isTimeout =
      error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError");
    throw new FatSecretError({
      reason: isTimeout ? "timeout" : "network",
      method,
      message: isTimeout
        ? `no answer within ${env.FATSECRET_TIMEOUT_MS} ms`
        : String((error as Error).message),
    });
  }
}

function errorFromStatus(method: string, answer: RawAnswer): FatSecretError | null {
  if (answer.status === 429) {
    return new FatSecretError({
      reason: "http_429",
      method,
      status: 429,
      message: "rate limited (HTTP 429)",
      retryAfterMs: answer.retryAfterMs,
    });
  }
  if (answer.status >= 500) {
    return new FatSecretError({
      reason: "http_5xx",
      method,
      status: answer.status,
      message: `HTTP ${answer.status}`,
    });
  }
  if (answer.status >= 400) {
    return new FatSecretError({
      reason: "http_4xx",
      method,
      status: answer.status,
      message: `HTTP ${answer.status}`,
    });
  }
  return null;
}

const ApiErrorSchema = z.object({ error: z.object({ code: z.coerce.number(), message: z.string() }) });

/** Parses a JSON answer; an `error` object in it (even under HTTP 200) becomes a FatSecretError. */
function parseJsonAnswer(method: string, answer: RawAnswer): unknown {
  // 429 and 5xx decide before any error code in their bodies: they are about the service, not the request.
  if (answer.status === 429 || answer.status >= 500) {
    const statusError = errorFromStatus(method, answer);
    if (statusError) throw statusError;
  }
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    throw new FatSecretError({
      reason: "malformed",
      method,
      status: answer.status,
      message: "the answer was not JSON",
    });
  }
  const apiError = ApiErrorSchema.safeParse(body);
  if (apiError.success) {
    const { code, message } = apiError.data.error;
    throw new FatSecretError({
      reason: reasonForCode(code),
      method,
      status: answer.status,
      code,
      message: `error ${code}: ${message}`,
    });
  }
  const statusError = errorFromStatus(method, answer);
  if (statusError) throw statusError;
  return body;
}

/**
 * One FatSecret method call: a CLIENT span (failed on any FatSecretError, including an error code in a 200
 * body), the duration histogram with its outcome, and the error bookkeeping the guard reads.
 */
async function measured<T>(method: string, userId: string | null, call: () => Promise<T>): Promise<T> {
  const attributes = { "peer.service": "fatsecret", "app.operation": method };
  return withSpan(`fatsecret ${method}`, { kind: SpanKind.CLIENT, attributes }, async () => {
    const started = performance.now();
    try {
      const result = await call();
      await recordApiCall(method, (performance.now() - started) / 1000, null, userId);
      return result;
    } catch (error) {
      if (error instanceof FatSecretError) {
        await recordApiCall(method, (performance.now() - started) / 1000, error, userId);
      }
      throw error;
    }
  });
}

const TokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().optional() });

async function fetchAppToken(): Promise<string> {
  if (appToken && appToken.expiresAt > Date.now()) return appToken.value;
  const { key, secret } = consumer();
  const clientId = env.FATSECRET_CLIENT_ID ?? key;
  const clientSecret = env.FATSECRET_CLIENT_SECRET ?? secret;
  const body = await measured("oauth2.token", null, async () => {
    const answer = await exchange("oauth2.token", env.FATSECRET_TOKEN_URL, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ grant_type: "client_credentials", scope: "basic" }).toString(),
    });
    return parseJsonAnswer("oauth2.token", answer);
  });
  const token = TokenSchema.parse(body);
  const ttl = Math.min(APP_TOKEN_TTL_MS, (token.expires_in ?? 86_400) * 1000);
  appToken = { value: token.access_token, expiresAt: Date.now() + ttl };
  return token.access_token;
}

/** Forgets the cached OAuth 2.0 token (tests; and after FatSecret says it expired). */
export function resetFatSecretAppToken(): void {
  appToken = null;
}

function toForm(params: readonly OAuthParam[]): string {
  return new URLSearchParams(params.map(([name, value]) => [name, value])).toString();
}

function nonce(): string {
  return randomBytes(16).toString("hex");
}

async function callOnce(method: string, params: Record<string, string>, auth: Auth): Promise<unknown> {
  const url = `${env.FATSECRET_BASE_URL}/server.api`;
  const form: OAuthParam[] = [["method", method], ["format", "json"], ...Object.entries(params)];
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (auth.kind === "user") {
    const { key, secret } = consumer();
    form.push(
      ...signRequest({
        method: "POST",
        url,
        params: form,
        consumerKey: key,
        consumerSecret: secret,
        token: auth.credentials.token,
        tokenSecret: auth.credentials.tokenSecret,
        timestamp: Math.floor(Date.now() / 1000),
        nonce: nonce(),
      }),
    );
  } else {
    headers.authorization = `Bearer ${await fetchAppToken()}`;
  }
  const userId = auth.kind === "user" ? auth.userId : null;
  return measured(method, userId, async () => {
    const answer = await exchange(method, url, {
      method: "POST",
      headers,
      body: toForm(form),
    });
    return parseJsonAnswer(method, answer);
  });
}

/**
 * A request FatSecret surely refused (429, codes 11/12) can always be sent again. After a timeout, a 5xx or
 * a garbled answer a write may have happened, so a non-idempotent call (food_entry.create) is not repeated
 * here: the error goes up and the caller's retry first checks the diary (see sync-planned-meal.ts).
 */
function wasRefused(error: FatSecretError): boolean {
  return error.reason === "http_429" || error.reason === "rate_limit_code";
}

/** One platform method with backoff; an expired app token is replaced once. */
export async function callPlatform(
  method: string,
  params: Record<string, string>,
  auth: Auth,
  options: { isIdempotent?: boolean } = {},
): Promise<unknown> {
  const isIdempotent = options.isIdempotent ?? true;
  return withBackoff(
    async () => {
      try {
        return await callOnce(method, params, auth);
      } catch (error) {
        if (auth.kind === "app" && error instanceof FatSecretError && error.reason === "token_expired") {
          resetFatSecretAppToken();
          return callOnce(method, params, auth);
        }
        throw error;
      }
    },
    { ...retryOptions(), ...(isIdempotent ? {} : { shouldRetry: wasRefused }) },
  );
}

// ───────────────────────────── three-legged OAuth 1.0 (linking an account) ─────────────────────────────

function parseTokenPair(method: string, answer: RawAnswer): OAuthTokenPair {
  const statusError = errorFromStatus(method, answer);
  if (statusError) throw statusError;
  const form = new URLSearchParams(answer.text);
  const token = form.get("oauth_token");
  const tokenSecret = form.get("oauth_token_secret");
  if (!token || !tokenSecret) {
    throw new FatSecretError({
      reason: "malformed",
      method,
      status: answer.status,
      message: "no oauth_token in the answer",
    });
  }
  return { token, tokenSecret };
}

async function signedGet(
  method: string,
  url: string,
  extraOAuth: OAuthParam[],
  tokenPair?: OAuthTokenPair,
): Promise<OAuthTokenPair> {
  const { key, secret } = consumer();
  return withBackoff(
    () =>
      measured(method, null, async () => {
        const signed = signRequest({
          method: "GET",
          url,
          consumerKey: key,
          consumerSecret: secret,
          ...(tokenPair ? { token: tokenPair.token, tokenSecret: tokenPair.tokenSecret } : {}),
          extraOAuth,
          timestamp: Math.floor(Date.now() / 1000),
          nonce: nonce(),
        });
        const answer = await exchange(method, `${url}?${toForm(signed)}`, {
          method: "GET",
        });
        return parseTokenPair(method, answer);
      }),
    retryOptions(),
  );
}

/** Step 1: a request token bound to our callback URL. */
export function fetchRequestToken(callbackUrl: string): Promise<OAuthTokenPair> {
  return signedGet("oauth.request_token", `${env.FATSECRET_AUTH_URL}/request_token`, [
    ["oauth_callback", callbackUrl],
  ]);
}

/** Step 2: where the person approves the link. */
export function authorizeUrl(requestToken: string): string {
  return `${env.FATSECRET_AUTH_URL}/authorize?${new URLSearchParams({ oauth_token: requestToken }).toString()}`;
}

/** Step 3: the approved request token and its verifier become the person's access token. */
export function fetchAccessToken(request: OAuthTokenPair, verifier: string): Promise<OAuthTokenPair> {
  return signedGet(
    "oauth.access_token",
    `${env.FATSECRET_AUTH_URL}/access_token`,
    [["oauth_verifier", verifier]],
    request,
  );
}
