import { timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import { env } from "@/lib/env";
import { handleRoute } from "@/lib/http/handle-route";
import { registry } from "@/lib/observability/prometheus";

export const dynamic = "force-dynamic";

function isAuthorised(header: string | null): boolean {
  if (!env.METRICS_TOKEN || !header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice("Bearer ".length));
  const expected = Buffer.from(env.METRICS_TOKEN);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const GET = handleRoute(async (request) => {
  if (!env.METRICS_TOKEN)
    throw new AppError("UNAVAILABLE", "Metrics are disabled: METRICS_TOKEN is not set.");
  if (!isAuthorised(request.headers.get("authorization"))) {
    throw new AppError("UNAUTHENTICATED", "A valid bearer token is required.");
  }
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType } });
});
