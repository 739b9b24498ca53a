import { beforeEach, describe, expect, it, vi } from "vitest";
vi.hoisted(() => {
  process.env.SCHEDULER_ADMIN_TOKEN = "admin-token-for-tests-0123456789";
  // Run-now must find no Inngest: a closed loopback port answers at once.
  process.env.INNGEST_BASE_URL = "http://127.0.0.1:9";
  process.env.INNGEST_DEV = "1";
});
import { PATCH } from "@/app/api/scheduler/jobs/[id]/route";
import { POST as RUN } from "@/app/api/scheduler/jobs/[id]/run/route";
import { GET, POST } from "@/app/api/scheduler/jobs/route";
import { db } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { resetDatabase } from "@/test/reset-database";
import { sessionCookie } from "@/test/session-cookie";

const TOKEN = "admin-token-for-tests-0123456789";
const none = { params: Promise.resolve({}) };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

type Auth = { cookie?: string; bearer?: string } | null;

function request(method: string, path: string, who: Auth, body?: unknown, ip = "198.51.100.7") {
  return new Request(`http://localhost:3000${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      [CLIENT_ADDRESS_HEADER]: ip,
      ...(who?.cookie ? { cookie: who.cookie } : {}),
      ...(who?.bearer ? { authorization: `Bearer ${who.bearer}` } : {}),
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function makePlannable(id: string) {
  return db.user.create({
    data: {
      id,
      email: `${id}@example.com`,
      name: id,
      nutritionTarget: { create: { kcal: 2000, proteinG: 120, carbsG: 220, fatG: 70 } },
      dietaryPreference: { create: { timeZone: "Europe/Berlin" } },
    },
  });
}

describe("/api/scheduler/jobs", () => {
  beforeEach(resetDatabase);

  it("books a job with the admin bearer token, as in the rollout plan's smoke test, due at the person's plan hour", async () => {
    await makePlannable("test-user-001");
    const body = {
      job_type: "WeeklyGeneration",
      frequency: "weekly",
      user_id: "test-user-001",
      enabled: true,
    };
    const response = await POST(request("POST", "/api/scheduler/jobs", { bearer: TOKEN }, body), none);
    expect(response.status).toBe(201);
    const job = await response.json();
    expect(job).toMatchObject({
      job_type: "WeeklyGeneration",
      status: "pending",
      user_id: "test-user-001",
      enabled: true,
    });
    // Friday 06:00 in Berlin, in the future.
    const next = new Date(job.next_run_at);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(
      next.toLocaleString("en-GB", { timeZone: "Europe/Berlin", weekday: "long", hour: "2-digit" }),
    ).toMatch(/Friday.*06/);
    // Booking again updates the one row for this person and type.
    expect((await POST(request("POST", "/api/scheduler/jobs", { bearer: TOKEN }, body), none)).status).toBe(
      201,
    );
    expect(await db.scheduledJob.count()).toBe(1);
  });

  it("refuses a wrong token, anonymous callers and plain users; staff sessions may call", async () => {
    expect(
      (await GET(request("GET", "/api/scheduler/jobs", { bearer: "wrong-token-wrong-token-wrong" }), none))
        .status,
    ).toBe(401);
    expect((await GET(request("GET", "/api/scheduler/jobs", null), none)).status).toBe(401);
    const user = await sessionCookie("eve@example.com", "user");
    expect((await GET(request("GET", "/api/scheduler/jobs", { cookie: user }), none)).status).toBe(403);
    const staff = await sessionCookie("ops@example.com", "staff");
    expect((await GET(request("GET", "/api/scheduler/jobs", { cookie: staff }), none)).status).toBe(200);
  });

  it("answers bad input with a 400 that says what is wrong", async () => {
    const who = { bearer: TOKEN };
    const bad = await POST(request("POST", "/api/scheduler/jobs", who, { job_type: "Nope" }), none);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details[0].path).toBe("job_type");
    const malformed = await POST(request("POST", "/api/scheduler/jobs", who, "{not json"), none);
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.message).toMatch(/not valid JSON/);
    const noUser = await POST(request("POST", "/api/scheduler/jobs", who, { job_type: "AutoSync" }), none);
    expect((await noUser.json()).error.message).toMatch(/needs a user_id/);
    const unknown = await POST(
      request("POST", "/api/scheduler/jobs", who, { job_type: "AutoSync", user_id: "ghost" }),
      none,
    );
    expect(unknown.status).toBe(404);
    const huge = await POST(
      request("POST", "/api/scheduler/jobs", who, { job_type: "x".repeat(100_000) }),
      none,
    );
    expect(huge.status).toBe(413);
    // A NUL in a body sent as text/plain (found by the boundary fuzzer): still JSON to this route, so refused.
    const nul = request("POST", "/api/scheduler/jobs", who, '{"job_type":"AutoSync","user_id":"\\u0000"}');
    nul.headers.set("content-type", "text/plain");
    const refused = await POST(nul, none);
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.message).toMatch(/user_id.*control characters/);
    expect(await db.scheduledJob.count()).toBe(0);
  });

  it("lists with filters and keyset pages, and switches a job off and on", async () => {
    for (let i = 0; i < 5; i += 1) {
      await makePlannable(`p${i}`);
      await db.scheduledJob.create({
        data: {
          userId: `p${i}`,
          jobType: i % 2 ? "AutoSync" : "WeeklyGeneration",
          createdAt: new Date(Date.UTC(2026, 10, 1 + i)),
        },
      });
    }
    const who = { bearer: TOKEN };
    const first = await (await GET(request("GET", "/api/scheduler/jobs?limit=2", who), none)).json();
    expect(first.jobs.map((j: { user_id: string }) => j.user_id)).toEqual(["p4", "p3"]);
    const second = await (
      await GET(request("GET", `/api/scheduler/jobs?limit=2&cursor=${first.next_cursor}`, who), none)
    ).json();
    expect(second.jobs.map((j: { user_id: string }) => j.user_id)).toEqual(["p2", "p1"]);
    const syncs = await (
      await GET(request("GET", "/api/scheduler/jobs?job_type=AutoSync", who), none)
    ).json();
    expect(syncs.jobs).toHaveLength(2);

    const id = first.jobs[0].id as string;
    const off = await PATCH(
      request("PATCH", `/api/scheduler/jobs/${id}`, who, { enabled: false }),
      withId(id),
    );
    expect(await off.json()).toMatchObject({ id, enabled: false });
    const disabled = await (await GET(request("GET", "/api/scheduler/jobs?enabled=false", who), none)).json();
    expect(disabled.jobs.map((j: { id: string }) => j.id)).toEqual([id]);
    expect(
      (await PATCH(request("PATCH", "/api/scheduler/jobs/nope", who, { enabled: true }), withId("nope")))
        .status,
    ).toBe(404);
    expect(
      (await PATCH(request("PATCH", `/api/scheduler/jobs/${id}`, who, { enabled: "yes" }), withId(id)))
        .status,
    ).toBe(400);
  });

  it("run now answers 503 when Inngest cannot be reached, and leaves the job as it was", async () => {
    await makePlannable("ann");
    const job = await db.scheduledJob.create({
      data: { userId: "ann", jobType: "WeeklyGeneration", status: "completed", idempotencyKey: "k-before" },
    });
    const response = await RUN(
      request("POST", `/api/scheduler/jobs/${job.id}/run`, { bearer: TOKEN }),
      withId(job.id),
    );
    expect(response.status).toBe(503);
    expect((await response.json()).error.message).toMatch(/Inngest cannot be reached/);
    expect(await db.scheduledJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "completed",
      idempotencyKey: "k-before",
    });
    await db.scheduledJob.update({ where: { id: job.id }, data: { enabled: false } });
    const refused = await RUN(
      request("POST", `/api/scheduler/jobs/${job.id}/run`, { bearer: TOKEN }),
      withId(job.id),
    );
    expect(refused.status).toBe(409);
  });

  it("limits each client to 10 r/s with a burst of 20, counting anonymous and signed-in callers apart", async () => {
    // Concurrent, so the burst is spent within a second even on a slow machine.
    const responses = await Promise.all(
      Array.from({ length: 80 }, () =>
        GET(request("GET", "/api/scheduler/jobs", null, undefined, "198.51.100.99"), none),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThanOrEqual(30);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const limited = responses.find((r) => r.status === 429);
    expect(limited?.headers.get("retry-after")).toMatch(/^\d+$/);
    // The operator's token from the same address still gets through: anonymous traffic cannot lock it out.
    expect(
      (await GET(request("GET", "/api/scheduler/jobs", { bearer: TOKEN }, undefined, "198.51.100.99"), none))
        .status,
    ).toBe(200);
  });
});
