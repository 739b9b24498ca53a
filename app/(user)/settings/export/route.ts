import { NextResponse } from "next/server";
import { getSessionUserFromHeaders } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { exportMyData } from "@/lib/users";

export const dynamic = "force-dynamic";

/** GET /settings/export: the signed-in person's own data as a JSON download. */
export const GET = handleRoute(async (request) => {
  const user = await getSessionUserFromHeaders(request.headers);
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in to download your data.");
  const data = await exportMyData(user.id);
  const day = new Date().toISOString().slice(0, 10);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="meal-planner-data-${day}.json"`,
      "cache-control": "no-store",
    },
  });
});
