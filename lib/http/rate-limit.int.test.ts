import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withStaff } from "@/lib/auth/with-staff";
import { httpRequest, serveHandler, type HandlerServer } from "@/test/fetch-handler-server";
import { resetDatabase } from "@/test/reset-database";

// A staff-only route with a small limit, served over real HTTP with the socket stamp installed.
const route = withStaff(async () => Response.json({ ok: true }), {
  rateLimit: { name: "rate-limit-test", points: 3, durationSeconds: 60 },
});

describe("the Postgres-backed rate limit", () => {
  let server: HandlerServer;
  beforeAll(async () => {
    server = await serveHandler((request) => route(request, { params: Promise.resolve({}) }));
  });
  afterAll(() => server.close());
  beforeEach(resetDatabase);

  it("keys on the socket address: a new X-Forwarded-For per request does not rotate the key", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await httpRequest(`${server.url}/api/x`, {
        from: "127.0.0.11",
        headers: { "x-forwarded-for": `10.1.${i}.${i}` },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
    // Another socket address has its own allowance, whatever header it sends.
    const other = await httpRequest(`${server.url}/api/x`, {
      from: "127.0.0.12",
      headers: { "x-forwarded-for": "10.1.0.0" },
    });
    expect(other.status).toBe(401);
  });
});
