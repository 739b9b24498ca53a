import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { env } from "@/lib/env";
import { describeDatabaseError, isDatabaseUnavailable } from "@/lib/health/describe-database-error";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/health/unavailable-page";
import { readCappedBody } from "@/lib/http/read-body";
import { log, type Logger } from "@/lib/log";
import { resolveRequestId, withRequestLog } from "@/lib/observability/request-log";
import { hasControlCharacter, refuseControlCharacters } from "@/lib/validation/text";

export interface RouteContext {
  requestId: string;
  log: Logger;
}

type Handler<P> = (request: Request, ctx: RouteContext & { params: P }) => Promise<Response>;

const METHODS_WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * What every handler may assume about its input: no control characters in the path or query, a body of at
 * most MAX_BODY_BYTES, and — when it says it is JSON — JSON that parses, is not absurdly deep and carries no
 * control characters. Returns the request to hand on (its body already read, so it is read once).
 */
async function screenRequest(request: Request): Promise<Request> {
  const url = new URL(request.url);
  for (const [key, value] of url.searchParams) {
    if (hasControlCharacter(key) || hasControlCharacter(value)) {
      throw new AppError(
        "BAD_REQUEST",
        `The query parameter “${key.slice(0, 40)}” must not contain control characters.`,
      );
    }
  }
  if (hasControlCharacter(decodeURIComponentSafe(url.pathname))) {
    throw new AppError("BAD_REQUEST", "The address must not contain control characters.");
  }
  if (!METHODS_WITH_BODY.has(request.method)) return request;
  const body = await readCappedBody(request, env.MAX_BODY_BYTES);
  if (body.byteLength > 0 && /json/i.test(request.headers.get("content-type") ?? "")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder().decode(body));
    } catch {
      throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
    }
    refuseControlCharacters(parsed);
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: body.byteLength > 0 ? body : undefined,
  });
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Wraps a route handler: gives it a request id and a child logger, screens its input (see `screenRequest`),
 * turns AppError and ZodError into JSON 4xx with a useful message, an unreachable database into a 503, and
 * anything else into a 500 without a stack trace.
 */
export function handleRoute<P = Record<string, never>>(handler: Handler<P>) {
  return withRequestLog(async (request: Request, segment: { params: Promise<P> }): Promise<Response> => {
    const requestId = resolveRequestId(request.headers.get("x-request-id"));
    const requestLog = log.child({ requestId, method: request.method, path: new URL(request.url).pathname });
    try {
      const screened = await screenRequest(request);
      const response = await handler(screened, { requestId, log: requestLog, params: await segment.params });
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      if (error instanceof AppError) {
        const retryAfter = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
        return NextResponse.json(
          { error: { code: error.code, message: error.message, details: error.details } },
          {
            status: error.status,
            headers: {
              "x-request-id": requestId,
              ...(retryAfter ? { "retry-after": String(retryAfter) } : {}),
            },
          },
        );
      }
      if (error instanceof ZodError) {
        return NextResponse.json(
          {
            error: {
              code: "BAD_REQUEST",
              message: "The request is invalid.",
              details: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
            },
          },
          { status: 400, headers: { "x-request-id": requestId } },
        );
      }
      if (isDatabaseUnavailable(error)) {
        requestLog.error({ reason: describeDatabaseError(error) }, "database unavailable in route");
        return NextResponse.json(
          { error: { code: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE, requestId } },
          { status: 503, headers: { "x-request-id": requestId, "retry-after": "30" } },
        );
      }
      requestLog.error({ err: error }, "unhandled error in route");
      return NextResponse.json(
        { error: { code: "INTERNAL", message: "Something went wrong on our side.", requestId } },
        { status: 500, headers: { "x-request-id": requestId } },
      );
    }
  });
}
