import { NextResponse } from "next/server";
import { uptimeSeconds } from "@/lib/health";
import { handleRoute } from "@/lib/http/handle-route";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

export const GET = handleRoute(async () =>
  NextResponse.json({ status: "ok", version: packageJson.version, uptimeSeconds: uptimeSeconds() }),
);
