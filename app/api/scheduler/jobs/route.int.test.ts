import { beforeEach, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/scheduler/jobs/route";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { resetDatabase } from "@/test/reset-database";

const segment = { params: Promise.resolve({}) };

async function sessionCookie(email: string, role: "user" | "staff"): Promise<string> {
  await auth.api.signUpEmail({ body: { email, password: "correct-horse", name: email } });
  await db.user.update({ where: { email }, data: { role } });
  const response = await auth.handler(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "http://localhost:3000",
        [CLIENT_ADDRESS_HEADER]: "198.51.100.1",
      },
      body: JSON.stringify({ email, password: "correct-horse" }),
    }),
  );
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

function call(method: "GET" | "POST", cookie: string | null, body?: unknown, ip = "198.51.100.7") {
  const request = new Request("http://localhost:3000/api/scheduler/jobs", {
    method,
    headers: {
      "content-type": "application/json",
      [CLIENT_ADDRESS_HEADER]: ip,
      ...(cookie ? { cookie } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return method === "GET" ? GET(request, segment) : POST(request, segment);
}

describe("/api/scheduler/jobs", () => {
  beforeEach(resetDatabase);

  it("books a job for staff, as in the rollout plan's smoke test", async () => {
    const cookie = await sessionCookie("ops@example.com", "staff");
    const user = await db.user.create({ data: { id: "test-user-001", email: "t@example.com", name: "T" } });
    const response = await call("POST", cookie, {
      job_type: "WeeklyGeneration",
      frequency: "weekly",
      user_id: user.id,
      enabled: true,
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      job_type: "WeeklyGeneration",
      status: "pending",
      user_id: user.id,
    });
    const listed = await (await call("GET", cookie)).json();
    expect(listed.jobs).toHaveLength(1);
  });

  it("answers bad input with a 400 that names the field, and refuses non-staff", async () => {
    const staff = await sessionCookie("ops@example.com", "staff");
    const bad = await call("POST", staff, { job_type: "Nope" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details[0].path).toBe("job_type");
    expect((await call("POST", null, { job_type: "AutoSync" })).status).toBe(401);
    const user = await sessionCookie("eve@example.com", "user");
    expect((await call("POST", user, { job_type: "AutoSync" })).status).toBe(403);
    expect(await db.scheduledJob.count()).toBe(0);
  });

  it("rate-limits each address to a burst of 20 per 2 seconds", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await call("GET", null, undefined, "198.51.100.99")).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    const limited = await call("GET", null, undefined, "198.51.100.99");
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    // Another address is not affected.
    expect((await call("GET", null, undefined, "198.51.100.100")).status).toBe(401);
  });
});
