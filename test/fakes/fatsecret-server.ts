/**
 * A loopback stand-in for FatSecret's Platform API that speaks its real request and response shapes:
 * - three-legged OAuth 1.0 under `/oauth` (request_token → authorize → access_token), every request's
 *   HMAC-SHA1 signature recomputed and a bad one refused (error 8), used nonces refused (error 7);
 * - the OAuth 2.0 client-credentials token at `/connect/token` (HTTP Basic);
 * - the method interface `POST /rest/server.api` (`method=…&format=json`): `foods.search`, `food.get`
 *   (bearer token) and `food_entry.create`, `food_entry.delete`, `food_entries.get` (OAuth 1.0, per person);
 * - faults on demand: HTTP status bursts (429 with Retry-After, 5xx), a storm lasting a span of fake time,
 *   timeouts (no answer), malformed JSON, error codes in a 200 body, and "commit then time out" (the entry
 *   is made but the answer never comes, as when a connection drops after the server acted).
 *
 * Time: the fake's clock runs `1 / timeScale` times faster than real time, so a "60-second" storm at
 * timeScale 0.01 lasts 0.6 real seconds. The client scales its waits by the same factor
 * (FATSECRET_TIME_SCALE), so the retry schedule against the storm is the one production would follow.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import {
  hmacSha1Signature,
  isSignatureValid,
  signatureBaseString,
  type OAuthParam,
} from "../../lib/integrations/fatsecret/oauth1";

export type FatSecretFault =
  | { kind: "status"; status: number; retryAfterSeconds?: number }
  | { kind: "timeout" }
  | { kind: "malformed" }
  | { kind: "code"; code: number; message?: string }
  | { kind: "commit-then-timeout" };

export interface FatSecretDiaryEntry {
  food_entry_id: string;
  food_entry_name: string;
  food_id: string;
  serving_id: string;
  number_of_units: string;
  meal: string;
  date_int: string;
}

export interface FakeFatSecretCall {
  path: string;
  method: string | null;
  answeredWith: number | "timeout";
  fault: FatSecretFault["kind"] | null;
}

export interface FakeFatSecret {
  url: string;
  /** The env a client needs to talk to this fake. */
  env: Record<
    | "FATSECRET_BASE_URL"
    | "FATSECRET_AUTH_URL"
    | "FATSECRET_TOKEN_URL"
    | "FATSECRET_CLIENT_ID"
    | "FATSECRET_CLIENT_SECRET",
    string
  >;
  calls: FakeFatSecretCall[];
  /** Diary entries per access token. */
  diaries: Map<string, FatSecretDiaryEntry[]>;
  /** Entries across every diary. */
  allEntries(): FatSecretDiaryEntry[];
  /** Issue an access token directly (as if a person had linked), for tests that do not walk the flow. */
  issueAccessToken(): { token: string; tokenSecret: string };
  /** Fail the next `times` calls of `method` (any method when omitted). */
  failNext(fault: FatSecretFault, options?: { times?: number; method?: string }): void;
  /** Answer every API call with HTTP 429 (Retry-After) for `seconds` of fake time from the next one. */
  startStorm(seconds: number, retryAfterSeconds?: number): void;
  /** Fail calls whose parameters satisfy `match` with `fault`, always (e.g. one meal's entry name). */
  failWhen(match: (method: string, params: Map<string, string>) => boolean, fault: FatSecretFault): void;
  reset(): void;
  close(): Promise<void>;
}

export interface StartFakeFatSecretOptions {
  port?: number;
  consumerKey?: string;
  consumerSecret?: string;
  /** Real seconds per fake second (default 1). */
  timeScale?: number;
}

interface QueuedFault {
  fault: FatSecretFault;
  method: string | null;
  times: number;
}

const APP_METHODS = new Set(["foods.search", "food.get", "food.get.v2"]);
const USER_METHODS = new Set(["food_entry.create", "food_entry.delete", "food_entries.get"]);

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): number {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
  return status;
}

function apiError(response: ServerResponse, code: number, message: string): number {
  // FatSecret reports method errors in a 200 body.
  return json(response, 200, { error: { code, message } });
}

function token(): string {
  return randomBytes(12).toString("hex");
}

/** A stable fake food per search expression, so a recipe maps to the same food every time. */
function foodFor(expression: string): { food_id: string; food_name: string } {
  const digest = createHash("sha1").update(expression.toLowerCase()).digest();
  return { food_id: String(100_000 + (digest.readUInt32BE(0) % 900_000)), food_name: expression };
}

export async function startFakeFatSecret(options: StartFakeFatSecretOptions = {}): Promise<FakeFatSecret> {
  const consumerKey = options.consumerKey ?? "fake-consumer-key";
  const consumerSecret = options.consumerSecret ?? "fake-consumer-secret";
  const timeScale = options.timeScale ?? 1;
  const startedAt = Date.now();
  const fakeNowMs = () => startedAt + (Date.now() - startedAt) / timeScale;

  const calls: FakeFatSecretCall[] = [];
  const diaries = new Map<string, FatSecretDiaryEntry[]>();
  const requestTokens = new Map<string, { secret: string; callback: string; verifier: string }>();
  const accessTokens = new Map<string, string>();
  const appTokens = new Set<string>();
  const usedNonces = new Set<string>();
  const foodNames = new Map<string, string>();
  let faults: QueuedFault[] = [];
  let rules: { match: (method: string, params: Map<string, string>) => boolean; fault: FatSecretFault }[] =
    [];
  let stormUntil = 0;
  let stormRetryAfter = 5;
  // A storm starts with the first API call after it is armed, so a slow test setup cannot outlast it.
  let armedStormMs: number | null = null;
  let nextEntryId = 1;
  const hanging = new Set<ServerResponse>();
  const sockets = new Set<Socket>();

  function takeFault(method: string | null, params: Map<string, string>): FatSecretFault | null {
    if (armedStormMs !== null && method !== null) {
      stormUntil = fakeNowMs() + armedStormMs;
      armedStormMs = null;
    }
    if (fakeNowMs() < stormUntil) return { kind: "status", status: 429, retryAfterSeconds: stormRetryAfter };
    const rule = method ? rules.find((r) => r.match(method, params)) : undefined;
    if (rule) return rule.fault;
    const queued = faults.find((f) => f.method === null || f.method === method);
    if (!queued) return null;
    queued.times--;
    if (queued.times <= 0) faults = faults.filter((f) => f !== queued);
    return queued.fault;
  }

  /** Answers a fault (except commit-then-timeout, which needs the work done first); returns null if none. */
  function answerFault(response: ServerResponse, fault: FatSecretFault): number | "timeout" {
    switch (fault.kind) {
      case "status":
        return json(
          response,
          fault.status,
          { error: { code: fault.status === 429 ? 22 : 1, message: `HTTP ${fault.status}` } },
          fault.retryAfterSeconds !== undefined ? { "retry-after": String(fault.retryAfterSeconds) } : {},
        );
      case "malformed":
        response.writeHead(200, { "content-type": "application/json" });
        response.end('{"food_entry_id": {"value": ');
        return 200;
      case "code":
        return apiError(response, fault.code, fault.message ?? `error ${fault.code}`);
      default:
        hanging.add(response);
        return "timeout";
    }
  }

  /** Recomputes the request's OAuth 1.0 signature; returns an error code or null when it is valid. */
  function checkSignature(
    httpMethod: string,
    url: string,
    params: OAuthParam[],
    tokenSecret: string,
  ): { code: number; message: string } | null {
    const get = (name: string) => params.find(([n]) => n === name)?.[1];
    if (get("oauth_consumer_key") !== consumerKey) return { code: 5, message: "Invalid consumer key" };
    if (get("oauth_signature_method") !== "HMAC-SHA1")
      return { code: 4, message: "Invalid signature method" };
    const nonce = `${get("oauth_timestamp")}:${get("oauth_nonce")}`;
    if (!get("oauth_nonce") || usedNonces.has(nonce)) return { code: 7, message: "Invalid/used nonce" };
    const expected = hmacSha1Signature(
      signatureBaseString(httpMethod, url, params),
      consumerSecret,
      tokenSecret,
    );
    if (!isSignatureValid(get("oauth_signature") ?? "", expected))
      return { code: 8, message: "Invalid signature" };
    usedNonces.add(nonce);
    return null;
  }

  function handleOAuth(request: IncomingMessage, response: ServerResponse, url: URL): number {
    const params = [...url.searchParams.entries()] as OAuthParam[];
    const get = (name: string) => url.searchParams.get(name) ?? "";
    const baseUrl = `http://${request.headers.host}${url.pathname}`;
    if (url.pathname === "/oauth/request_token") {
      const invalid = checkSignature("GET", baseUrl, params, "");
      if (invalid) return json(response, 401, { error: invalid });
      const t = token();
      const secret = token();
      requestTokens.set(t, { secret, callback: get("oauth_callback"), verifier: token() });
      response.writeHead(200, { "content-type": "application/x-www-form-urlencoded" });
      response.end(`oauth_token=${t}&oauth_token_secret=${secret}&oauth_callback_confirmed=true`);
      return 200;
    }
    if (url.pathname === "/oauth/authorize") {
      // The person "approves" at once: back to the consumer's callback with the verifier.
      const pending = requestTokens.get(get("oauth_token"));
      if (!pending) return json(response, 400, { error: { code: 9, message: "Invalid/expired token" } });
      const callback = new URL(pending.callback);
      callback.searchParams.set("oauth_token", get("oauth_token"));
      callback.searchParams.set("oauth_verifier", pending.verifier);
      response.writeHead(302, { location: callback.toString() });
      response.end();
      return 302;
    }
    if (url.pathname === "/oauth/access_token") {
      const pending = requestTokens.get(get("oauth_token"));
      if (!pending) return json(response, 401, { error: { code: 9, message: "Invalid/expired token" } });
      const invalid = checkSignature("GET", baseUrl, params, pending.secret);
      if (invalid) return json(response, 401, { error: invalid });
      if (get("oauth_verifier") !== pending.verifier)
        return json(response, 401, { error: { code: 9, message: "Invalid verifier" } });
      requestTokens.delete(get("oauth_token"));
      const access = fake.issueAccessToken();
      response.writeHead(200, { "content-type": "application/x-www-form-urlencoded" });
      response.end(`oauth_token=${access.token}&oauth_token_secret=${access.tokenSecret}`);
      return 200;
    }
    return json(response, 404, { error: { code: 10, message: "Unknown endpoint" } });
  }

  function handleMethod(
    method: string,
    params: Map<string, string>,
    accessToken: string | null,
    response: ServerResponse,
    fault: FatSecretFault | null,
  ): number | "timeout" {
    const p = (name: string) => params.get(name) ?? "";
    if (method === "foods.search") {
      if (!p("search_expression"))
        return apiError(response, 101, "Missing required parameter: search_expression");
      const food = foodFor(p("search_expression"));
      foodNames.set(food.food_id, food.food_name);
      return json(response, 200, {
        foods: {
          food: { ...food, food_type: "Generic", food_description: "Per 1 serving - Calories: 400kcal" },
          max_results: "10",
          total_results: "1",
          page_number: "0",
        },
      });
    }
    if (method === "food.get" || method === "food.get.v2") {
      const name = foodNames.get(p("food_id"));
      if (!name) return apiError(response, 106, "Invalid ID: food_id");
      return json(response, 200, {
        food: {
          food_id: p("food_id"),
          food_name: name,
          food_type: "Generic",
          servings: {
            serving: [
              {
                serving_id: `${p("food_id")}1`,
                serving_description: "1 serving",
                calories: "400",
                protein: "20",
                carbohydrate: "45",
                fat: "15",
              },
            ],
          },
        },
      });
    }
    const diary = diaries.get(accessToken ?? "") ?? [];
    if (method === "food_entry.create") {
      for (const required of ["food_id", "food_entry_name", "serving_id", "number_of_units", "meal"]) {
        if (!p(required)) return apiError(response, 101, `Missing required parameter: ${required}`);
      }
      if (!["breakfast", "lunch", "dinner", "other"].includes(p("meal")))
        return apiError(response, 103, "Invalid value: meal");
      const entry: FatSecretDiaryEntry = {
        food_entry_id: String(nextEntryId++),
        food_entry_name: p("food_entry_name"),
        food_id: p("food_id"),
        serving_id: p("serving_id"),
        number_of_units: p("number_of_units"),
        meal: p("meal"),
        date_int: p("date") || String(Math.floor(Date.now() / 86_400_000)),
      };
      diary.push(entry);
      diaries.set(accessToken ?? "", diary);
      if (fault?.kind === "commit-then-timeout") {
        hanging.add(response);
        return "timeout";
      }
      return json(response, 200, { food_entry_id: { value: entry.food_entry_id } });
    }
    if (method === "food_entry.delete") {
      const index = diary.findIndex((e) => e.food_entry_id === p("food_entry_id"));
      if (index < 0) return apiError(response, 109, "Invalid ID: food_entry_id");
      diary.splice(index, 1);
      return json(response, 200, { success: { value: "1" } });
    }
    if (method === "food_entries.get") {
      const entries = diary.filter((e) => e.date_int === p("date"));
      if (entries.length === 0) return json(response, 200, { food_entries: null });
      return json(response, 200, {
        food_entries: { food_entry: entries.length === 1 ? entries[0] : entries },
      });
    }
    return apiError(response, 10, `Invalid method: ${method}`);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://fake");
    const record: FakeFatSecretCall = { path: url.pathname, method: null, answeredWith: 200, fault: null };
    calls.push(record);
    if (url.pathname.startsWith("/oauth/")) {
      const fault = takeFault(url.pathname.slice(1).replace("/", "."), new Map());
      if (fault && fault.kind !== "commit-then-timeout") {
        record.fault = fault.kind;
        record.answeredWith = answerFault(response, fault);
        return;
      }
      record.answeredWith = handleOAuth(request, response, url);
      return;
    }
    const body = await readBody(request);
    if (url.pathname === "/connect/token") {
      const expected = `Basic ${Buffer.from(`${consumerKey}:${consumerSecret}`).toString("base64")}`;
      if (request.headers.authorization !== expected) {
        record.answeredWith = json(response, 401, { error: "invalid_client" });
        return;
      }
      const issued = token();
      appTokens.add(issued);
      record.answeredWith = json(response, 200, {
        access_token: issued,
        token_type: "Bearer",
        expires_in: 86_400,
        scope: "basic",
      });
      return;
    }
    if (url.pathname !== "/rest/server.api" || request.method !== "POST") {
      record.answeredWith = json(response, 404, { error: { code: 10, message: "Unknown endpoint" } });
      return;
    }
    const form = [...new URLSearchParams(body).entries()] as OAuthParam[];
    const params = new Map(form);
    const method = params.get("method") ?? "";
    record.method = method;
    const fault = takeFault(method, params);
    if (fault && fault.kind !== "commit-then-timeout") {
      record.fault = fault.kind;
      record.answeredWith = answerFault(response, fault);
      return;
    }
    if (fault) record.fault = fault.kind;

    let accessToken: string | null = null;
    if (APP_METHODS.has(method)) {
      const bearer = request.headers.authorization?.replace(/^Bearer /, "") ?? "";
      if (!appTokens.has(bearer)) {
        record.answeredWith = apiError(response, 13, "Invalid access token");
        return;
      }
    } else if (USER_METHODS.has(method)) {
      accessToken = params.get("oauth_token") ?? "";
      const secret = accessTokens.get(accessToken);
      if (secret === undefined) {
        record.answeredWith = apiError(response, 9, "Invalid/expired token");
        return;
      }
      const invalid = checkSignature("POST", `http://${request.headers.host}${url.pathname}`, form, secret);
      if (invalid) {
        record.answeredWith = apiError(response, invalid.code, invalid.message);
        return;
      }
    }
    record.answeredWith = handleMethod(method, params, accessToken, response, fault);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      json(response, 500, { error: { code: 1, message: String(error) } });
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeFatSecret = {
    url,
    env: {
      FATSECRET_BASE_URL: `${url}/rest`,
      FATSECRET_AUTH_URL: `${url}/oauth`,
      FATSECRET_TOKEN_URL: `${url}/connect/token`,
      FATSECRET_CLIENT_ID: consumerKey,
      FATSECRET_CLIENT_SECRET: consumerSecret,
    },
    calls,
    diaries,
    allEntries: () => [...diaries.values()].flat(),
    issueAccessToken() {
      const pair = { token: token(), tokenSecret: token() };
      accessTokens.set(pair.token, pair.tokenSecret);
      diaries.set(pair.token, []);
      return pair;
    },
    failNext(fault, opts = {}) {
      faults.push({ fault, method: opts.method ?? null, times: opts.times ?? 1 });
    },
    startStorm(seconds, retryAfterSeconds = 5) {
      armedStormMs = seconds * 1000;
      stormRetryAfter = retryAfterSeconds;
    },
    failWhen(match, fault) {
      rules.push({ match, fault });
    },
    reset() {
      calls.length = 0;
      diaries.clear();
      accessTokens.clear();
      faults = [];
      rules = [];
      stormUntil = 0;
      armedStormMs = null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return fake;
}
