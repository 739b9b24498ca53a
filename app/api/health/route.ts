import { NextResponse } from "next/server";
import { checkInstanceHealth, uptimeSeconds } from "@/lib/health";
import { handleRoute } from "@/lib/http/handle-route";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

export const GET = handleRoute(async () => {
  const health = await checkInstanceHealth();
  // 503 tells the orchestrator to restart this instance; the reason says why.
  if (!health.isHealthy) {
    return NextResponse.json(
      {
        status: "unhealthy",
        reason: health.reason,
        version: packageJson.version,
        uptimeSeconds: uptimeSeconds(),
      },
      { status: 503 },
    );
  }
  return NextResponse.json({ status: "ok", version: packageJson.version, uptimeSeconds: uptimeSeconds() });
});
