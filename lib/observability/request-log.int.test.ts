import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { log } from "@/lib/log";
import { resolveRequestId } from "@/lib/observability/request-log";

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
