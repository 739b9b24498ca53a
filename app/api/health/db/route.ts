import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/health";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const GET = handleRoute(async () => {
  const health = await checkDatabase();
  return health.isHealthy
    ? NextResponse.json({ status: "ok", latencyMs: health.latencyMs })
    : NextResponse.json({ status: "unavailable", reason: health.reason }, { status: 503 });
});
