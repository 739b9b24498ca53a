/**
 * A loopback stand-in for the Resend API, so tests (and `npm run dev` without a Resend key) drive the real SDK
 * end to end without a network. `POST /emails` records the request, honours `Idempotency-Key` like Resend
 * does (a repeated key returns the first message id instead of sending again), and can be told to fail the
 * next requests. What it accepted is listed like Resend lists sent e-mail: `GET /emails` (newest first,
 * `limit`/`after`/`before`, `{ object: "list", has_more, data }`) and `GET /emails/:id` (one message, with its
 * `html`, `text` and, unlike Resend's answer, the custom `headers` it was sent with).
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** An HTTP status answered with a Resend-style JSON error, a 200 whose body is not JSON, or no answer. */
export type FakeResendFailure = number | "malformed" | "timeout";

export interface FakeResendRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  idempotencyKey: string | null;
  /** Parsed JSON, or the raw text when it did not parse. */
  body: unknown;
  /** What the fake answered: an HTTP status, or `"timeout"` when it never did. */
  answeredWith: number | "timeout";
  /** The message id returned, on success. */
  messageId: string | null;
}

/** A message the fake accepted, in the shape Resend's `GET /emails/:id` answers with (plus `headers`). */
export interface FakeResendEmail {
  object: "email";
  id: string;
  to: string[];
  from: string;
  created_at: string;
  subject: string;
  html: string | null;
  text: string | null;
  bcc: string[] | null;
  cc: string[] | null;
  reply_to: string[] | null;
  last_event: "sent";
  scheduled_at: null;
  tags: { name: string; value: string }[];
  /** Custom headers from the send request (`List-Unsubscribe`…); Resend's own API does not return these. */
  headers: Record<string, string>;
}

export interface FakeResend {
  url: string;
  /** Every request received, in order, including the ones it failed on purpose. */
  sent: FakeResendRequest[];
  /** Every message accepted, oldest first; a send repeated under one idempotency key appears once. */
  emails: FakeResendEmail[];
  /** Fail the next `times` requests to `POST /emails` with `failure`. */
  failNext(failure: FakeResendFailure, times?: number): void;
  /** Delay every successful answer by `ms`, so tests can overlap requests deterministically. */
  setLatency(ms: number): void;
  /** Forget requests, queued failures and idempotency keys, e.g. between tests sharing one server. */
  reset(): void;
  close(): Promise<void>;
}

export interface StartFakeResendOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
}

// Resend's list endpoint: 20 by default, at most 100 per page.
const DEFAULT_LIST_LIMIT = 20;
const MAX_LIST_LIMIT = 100;

const ERROR_NAMES: Record<number, string> = {
  400: "invalid_parameter",
  401: "missing_api_key",
  403: "invalid_api_key",
  404: "not_found",
  409: "concurrent_idempotent_requests",
  422: "validation_error",
  429: "rate_limit_exceeded",
  500: "internal_server_error",
};

export async function startFakeResend(options: StartFakeResendOptions = {}): Promise<FakeResend> {
  const sent: FakeResendRequest[] = [];
  const emails: FakeResendEmail[] = [];
  const failures: FakeResendFailure[] = [];
  const messageIdByKey = new Map<string, string>();
  let latencyMs = 0;

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const header = request.headers["idempotency-key"];
      const record: FakeResendRequest = {
        method: request.method ?? "GET",
        path: new URL(request.url ?? "/", "http://fake").pathname,
        headers: request.headers,
        idempotencyKey: typeof header === "string" ? header : null,
        body: parseJson(raw),
        answeredWith: 200,
        messageId: null,
      };
      sent.push(record);

      if (record.method === "GET") {
        answerRead(response, emails, request.url ?? "/");
        record.answeredWith = response.statusCode;
        return;
      }
      if (record.method !== "POST" || record.path !== "/emails") {
        record.answeredWith = answerError(response, 404, `Cannot ${record.method} ${record.path}`);
        return;
      }
      const failure = failures.shift();
      if (failure === "timeout") {
        record.answeredWith = "timeout";
        return;
      }
      if (failure === "malformed") {
        response.writeHead(200, { "content-type": "application/json" }).end("<html>upstream hiccup</html>");
        return;
      }
      if (failure !== undefined) {
        record.answeredWith = answerError(response, failure, "Injected failure");
        return;
      }
      if (!request.headers.authorization?.startsWith("Bearer ")) {
        record.answeredWith = answerError(response, 401, "Missing API key in the authorization header.");
        return;
      }
      if (!isEmailRequest(record.body)) {
        record.answeredWith = answerError(response, 422, "`from`, `to` and `subject` are required.");
        return;
      }

      const existing = record.idempotencyKey ? messageIdByKey.get(record.idempotencyKey) : undefined;
      const messageId = existing ?? randomUUID();
      if (record.idempotencyKey) messageIdByKey.set(record.idempotencyKey, messageId);
      record.messageId = messageId;
      if (!existing) emails.push(toEmail(messageId, record.body as EmailRequest));
      setTimeout(() => {
        response
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ id: messageId }));
      }, latencyMs);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    emails,
    failNext(failure, times = 1) {
      for (let i = 0; i < times; i += 1) failures.push(failure);
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    reset() {
      latencyMs = 0;
      sent.length = 0;
      emails.length = 0;
      failures.length = 0;
      messageIdByKey.clear();
    },
    close() {
      // Requests held open by a "timeout" failure would otherwise keep the server from closing.
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

function answerError(response: ServerResponse, status: number, message: string): number {
  const name = ERROR_NAMES[status] ?? (status >= 500 ? "application_error" : "invalid_parameter");
  response
    .writeHead(status, { "content-type": "application/json" })
    .end(JSON.stringify({ statusCode: status, name, message }));
  return status;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

interface EmailRequest {
  from: string;
  to: string | string[];
  subject: string;
  html?: string;
  text?: string;
  bcc?: string | string[];
  cc?: string | string[];
  reply_to?: string | string[];
  tags?: { name: string; value: string }[];
  headers?: Record<string, string>;
}

function isEmailRequest(body: unknown): body is EmailRequest {
  if (typeof body !== "object" || body === null) return false;
  return "from" in body && "to" in body && "subject" in body;
}

function toEmail(id: string, body: EmailRequest): FakeResendEmail {
  const list = (value: string | string[] | undefined) =>
    value === undefined ? null : Array.isArray(value) ? value : [value];
  return {
    object: "email",
    id,
    to: list(body.to) ?? [],
    from: body.from,
    created_at: new Date().toISOString(),
    subject: body.subject,
    html: body.html ?? null,
    text: body.text ?? null,
    bcc: list(body.bcc),
    cc: list(body.cc),
    reply_to: list(body.reply_to),
    last_event: "sent",
    scheduled_at: null,
    tags: body.tags ?? [],
    headers: body.headers ?? {},
  };
}

/** `GET /emails` and `GET /emails/:id`, read from what the fake accepted. */
function answerRead(response: ServerResponse, emails: readonly FakeResendEmail[], rawUrl: string): void {
  const url = new URL(rawUrl, "http://fake");
  const one = /^\/emails\/([^/]+)$/.exec(url.pathname);
  if (one) {
    const email = emails.find((candidate) => candidate.id === one[1]);
    if (!email) answerError(response, 404, "Email not found");
    else answerJson(response, email);
    return;
  }
  if (url.pathname !== "/emails") {
    answerError(response, 404, `Cannot GET ${url.pathname}`);
    return;
  }

  const limitParam = url.searchParams.get("limit");
  const limit = limitParam === null ? DEFAULT_LIST_LIMIT : Number(limitParam);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT) {
    answerError(response, 422, `limit must be an integer from 1 to ${MAX_LIST_LIMIT}`);
    return;
  }
  const after = url.searchParams.get("after");
  const before = url.searchParams.get("before");
  if (after && before) {
    answerError(response, 422, "Use either after or before, not both");
    return;
  }
  // Newest first; a cursor is an id and is itself left out of the page.
  const newestFirst = [...emails].reverse().map(toListItem);
  const cursor = after ?? before;
  const at = cursor === null ? -1 : newestFirst.findIndex((email) => email.id === cursor);
  if (cursor !== null && at === -1) {
    answerError(response, 404, `No e-mail ${cursor}`);
    return;
  }
  const page = before
    ? newestFirst.slice(Math.max(0, at - limit), at)
    : newestFirst.slice(at + 1, at + 1 + limit);
  const hasMore = before ? at - limit > 0 : at + 1 + limit < newestFirst.length;
  answerJson(response, { object: "list", has_more: hasMore, data: page });
}

/** Resend's list items leave out the bodies and tags; the fake keeps `headers` so a developer can see them. */
function toListItem(email: FakeResendEmail) {
  const { id, to, from, created_at, subject, bcc, cc, reply_to, last_event, scheduled_at, headers } = email;
  return { id, to, from, created_at, subject, bcc, cc, reply_to, last_event, scheduled_at, headers };
}

function answerJson(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
}
