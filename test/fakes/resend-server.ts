/**
 * A loopback stand-in for the Resend API (`POST /emails`), so tests drive the real SDK end to end without a
 * network. It records every request, honours `Idempotency-Key` like Resend does (a repeated key returns the
 * first message id instead of sending again), and can be told to fail the next requests.
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

export interface FakeResend {
  url: string;
  /** Every request received, in order, including the ones it failed on purpose. */
  sent: FakeResendRequest[];
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
    failNext(failure, times = 1) {
      for (let i = 0; i < times; i += 1) failures.push(failure);
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    reset() {
      latencyMs = 0;
      sent.length = 0;
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

function isEmailRequest(body: unknown): boolean {
  if (typeof body !== "object" || body === null) return false;
  return "from" in body && "to" in body && "subject" in body;
}
