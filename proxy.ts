/**
 * Next.js 16 proxy (formerly middleware; always the Node.js runtime). In front of every request except
 * static assets it:
 * 1. gives each page a fresh CSP nonce and sets the security headers on every response;
 * 2. refuses malformed server action calls (foreign or missing Origin, oversize, malformed or absurdly deep
 *    JSON) with a 4xx before Next.js decodes them;
 * 3. answers pages with a 503 "We can't reach our database" at once when the database is stopped or frozen,
 *    instead of letting them hang on their first query.
 * The client address is not handled here: a proxy never sees the socket (see lib/http/client-address.ts).
 */
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { databaseHealthForPages } from "@/lib/health/database-gate";
import { databaseUnavailableHtml } from "@/lib/health/unavailable-page";
import { createNonce, securityHeaders } from "@/lib/http/security-headers";
import { checkActionBody, checkActionHeaders } from "@/lib/http/server-action-guard";
import { log } from "@/lib/log";

function withHeaders(response: NextResponse | Response, headers: Record<string, string>) {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function omit(headers: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
}

async function refuseBadServerAction(request: NextRequest): Promise<Response | null> {
  const appOrigin = new URL(env.APP_URL).origin;
  const host = request.headers.get("host");
  const allowedOrigins = [appOrigin, ...(host ? [`${request.nextUrl.protocol}//${host}`] : [])];
  const headerVerdict = checkActionHeaders({
    origin: request.headers.get("origin"),
    allowedOrigins,
    contentLength: request.headers.get("content-length"),
    maxBytes: env.MAX_BODY_BYTES,
  });
  let verdict = headerVerdict;
  if (verdict.isAllowed && !request.headers.get("content-type")?.startsWith("multipart/form-data")) {
    verdict = checkActionBody(await request.clone().text(), env.MAX_BODY_BYTES);
  }
  if (verdict.isAllowed) return null;
  log.warn(
    { path: request.nextUrl.pathname, status: verdict.status },
    `server action refused: ${verdict.message}`,
  );
  return Response.json({ error: { message: verdict.message } }, { status: verdict.status });
}

/**
 * Responses that carry their own, stricter framing and content policy: the console's e-mail preview is a
 * sandboxed document the outbox page frames (`frame-ancestors 'self'`), which the pages' `'none'` would block.
 */
const OWN_POLICY_PATHS = [/^\/admin\/outbox\/[^/]+\/preview$/];

export async function proxy(request: NextRequest) {
  const pageHeaders = securityHeaders({
    nonce: createNonce(),
    isHttps: env.APP_URL.startsWith("https:"),
    isDevelopment: env.NODE_ENV === "development",
  });
  const headers = OWN_POLICY_PATHS.some((path) => path.test(request.nextUrl.pathname))
    ? omit(pageHeaders, ["content-security-policy", "x-frame-options"])
    : pageHeaders;
  const isApi = request.nextUrl.pathname.startsWith("/api/");

  if (request.method === "POST" && request.headers.has("next-action")) {
    const refusal = await refuseBadServerAction(request);
    if (refusal) return withHeaders(refusal, headers);
  }

  if (!isApi) {
    const health = await databaseHealthForPages();
    if (!health.isHealthy) {
      log.warn(
        { path: request.nextUrl.pathname, reason: health.reason },
        "page answered 503: database unavailable",
      );
      return withHeaders(
        new NextResponse(databaseUnavailableHtml(), {
          status: 503,
          headers: {
            "content-type": "text/html; charset=utf-8",
            "retry-after": "30",
            "cache-control": "no-store",
          },
        }),
        headers,
      );
    }
  }

  // Next.js takes the nonce for its script tags from the request's CSP header.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", pageHeaders["content-security-policy"]!);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
