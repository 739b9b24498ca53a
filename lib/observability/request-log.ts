import { randomUUID } from "node:crypto";
import { log } from "@/lib/log";

// An id from a proxy or client is kept only if it is short and cannot smuggle anything into logs or headers.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The incoming `x-request-id` when it is a short safe token, else a fresh UUID. */
export function resolveRequestId(header: string | null): string {
  return header && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
}

export interface RequestLogEntry {
  request_id: string;
  method: string;
  route: string;
  status: number;
  duration_ms: number;
}

/** One line per handled request (5xx at `error`, the rest at `info`). */
export function logRequest(entry: RequestLogEntry): void {
  const level = entry.status >= 500 ? "error" : "info";
  log[level](entry, `${entry.method} ${entry.route} ${entry.status} in ${entry.duration_ms} ms`);
}

type RouteFunction<S> = (request: Request, segment: S) => Promise<Response>;

/**
 * Wraps a route function so each request is logged with its method, route, status, duration and the request
 * id the response carries (`handleRoute` sets `x-request-id` on every response it makes).
 */
export function withRequestLog<S>(handler: RouteFunction<S>): RouteFunction<S> {
  return async (request, segment) => {
    const started = performance.now();
    const route = new URL(request.url).pathname;
    let status = 500;
    let requestId: string | null = null;
    try {
      const response = await handler(request, segment);
      status = response.status;
      requestId = response.headers.get("x-request-id");
      return response;
    } finally {
      logRequest({
        request_id: requestId ?? "none",
        method: request.method,
        route,
        status,
        duration_ms: Math.round(performance.now() - started),
      });
    }
  };
}
