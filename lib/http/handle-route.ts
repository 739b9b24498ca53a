import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { log, type Logger } from "@/lib/log";
import { resolveRequestId, withRequestLog } from "@/lib/observability/request-log";

export interface RouteContext {
  requestId: string;
  log: Logger;
}

type Handler<P> = (request: Request, ctx: RouteContext & { params: P }) => Promise<Response>;

/**
 * Wraps a route handler: gives it a request id and a child logger, turns AppError and ZodError into JSON 4xx
 * with a useful message, and anything else into a 500 without a stack trace.
 */
export function handleRoute<P = Record<string, never>>(handler: Handler<P>) {
  return withRequestLog(async (request: Request, segment: { params: Promise<P> }): Promise<Response> => {
    const requestId = resolveRequestId(request.headers.get("x-request-id"));
    const requestLog = log.child({ requestId, method: request.method, path: new URL(request.url).pathname });
    try {
      const response = await handler(request, { requestId, log: requestLog, params: await segment.params });
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
      requestLog.error({ err: error }, "unhandled error in route");
      return NextResponse.json(
        { error: { code: "INTERNAL", message: "Something went wrong on our side.", requestId } },
        { status: 500, headers: { "x-request-id": requestId } },
      );
    }
  });
}
