import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { auth } from "@/lib/auth";
import { AppError } from "@/lib/errors/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { log } from "@/lib/log";
import { resolveRequestId } from "@/lib/observability/request-log";
import { resetDatabase } from "@/test/reset-database";

const segment = { params: Promise.resolve({}) };
const requestLines = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls
    .map(([entry]) => entry as Record<string, unknown>)
    .filter((entry) => typeof entry === "object" && entry !== null && "route" in entry);

describe("request logs", () => {
  afterEach(() => vi.restoreAllMocks());

  it("log method, route, status, duration and the request id the response carries", async () => {
    const info = vi.spyOn(log, "info");
    const route = handleRoute(async () => Response.json({ ok: true }));
    const response = await route(
      new Request("http://test/api/things?x=1", { headers: { "x-request-id": "lb-7f3a.42" } }),
      segment,
    );
    expect(response.headers.get("x-request-id")).toBe("lb-7f3a.42");
    const [entry] = requestLines(info);
    expect(entry).toMatchObject({
      method: "GET",
      route: "/api/things",
      status: 200,
      request_id: "lb-7f3a.42",
      duration_ms: expect.any(Number),
    });
  });

  it("replace an incoming request id that is long or carries unsafe characters", async () => {
    for (const unsafe of ["a".repeat(65), "id with spaces", 'x"}{"level":"fatal', "line\nbreak", ""]) {
      expect(resolveRequestId(unsafe)).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(resolveRequestId(null)).toMatch(/^[0-9a-f-]{36}$/);
    const info = vi.spyOn(log, "info");
    const route = handleRoute(async () => {
      throw new AppError("NOT_FOUND", "No such thing.");
    });
    const response = await route(
      new Request("http://test/api/things/1", { headers: { "x-request-id": "<script>" } }),
      segment,
    );
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLines(info)[0]).toMatchObject({ status: 404, request_id: id, route: "/api/things/1" });
  });

  it("log 5xx answers at error level", async () => {
    const error = vi.spyOn(log, "error");
    const route = handleRoute(async () => {
      throw new Error("boom");
    });
    expect((await route(new Request("http://test/api/boom"), segment)).status).toBe(500);
    expect(requestLines(error)[0]).toMatchObject({ status: 500, route: "/api/boom" });
  });
});

describe("failed sign-ins", () => {
  beforeEach(resetDatabase);
  afterEach(() => vi.restoreAllMocks());

  it("are logged with the account tried and the client address", async () => {
    await auth.api.signUpEmail({
      body: { email: "bob@example.com", password: "correct-horse", name: "Bob" },
    });
    const warn = vi.spyOn(log, "warn");
    const response = await auth.handler(
      new Request("http://localhost:3000/api/auth/sign-in/email", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-forwarded-for": "203.0.113.9",
          origin: "http://localhost:3000",
        },
        body: JSON.stringify({ email: "bob@example.com", password: "wrong-horse" }),
      }),
    );
    expect(response.status).toBe(401);
    const line = warn.mock.calls
      .map(([entry]) => entry as Record<string, unknown>)
      .find((entry) => entry?.event === "sign_in_failed");
    expect(line).toMatchObject({ account: "bob@example.com", client_ip: "203.0.113.9", status: 401 });
  });
});
