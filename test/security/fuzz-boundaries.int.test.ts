/**
 * Fuzzes every boundary a stranger can reach — each route handler's query, path id and body, better-auth's
 * endpoints, and every server action's input — with fast-check: NUL and other control characters, unicode,
 * malformed and absurdly deep JSON, wrong types. The property: never a 5xx (for actions: never the "went
 * wrong on our side" answer), and every refusal is JSON with a message.
 * The Inngest endpoint is left out: the SDK's own, and it refuses unsigned calls before reading them.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { actAs, requestHeaders, signedInCookie } from "@/test/security/session-headers";
import { resetDatabase } from "@/test/reset-database";

vi.hoisted(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
});
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders.current,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {} }),
}));

const RUNS = 25;
const INTERNAL = "Something went wrong on our side.";
let staffCookie = "";
let userCookie = "";

beforeAll(async () => {
  await resetDatabase();
  staffCookie = await signedInCookie("fuzz-staff@example.com", "staff");
  userCookie = await signedInCookie("fuzz-user@example.com", "user");
  await db.featureFlag.create({ data: { flagName: "fuzz_flag" } });
}, 120_000);

const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\u0000", "a\u0000b", "%00", "\u001b[31m", "../../etc/passwd", "' OR 1=1 --", "🙂", ""),
);

const hostileBody = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .dictionary(
      fc.constantFrom("job_type", "user_id", "enabled", "frequency", "email", "password", "name", "token"),
      hostileText,
    )
    .map((v) => JSON.stringify(v)),
  hostileText,
  fc.integer({ min: 1, max: 20_000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth)),
  fc.constantFrom("{", "[1,", "null", '"\\u0000"', '{"job_type":"AutoSync","user_id":"\\u0000"}'),
);

const caller = fc.constantFrom<"anonymous" | "user" | "staff">("anonymous", "user", "staff");

function cookieOf(who: "anonymous" | "user" | "staff"): Record<string, string> {
  return who === "anonymous" ? {} : { cookie: who === "staff" ? staffCookie : userCookie };
}

async function expectAnswered(response: Response, label: string): Promise<void> {
  expect(response.status, label).toBeLessThan(500);
  if (response.status >= 400) {
    const body = (await response.json()) as { error?: { message?: unknown }; message?: unknown };
    expect(typeof (body.error?.message ?? body.message), label).toBe("string");
  }
}

type Route = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function routes(): Promise<[string, string, Route][]> {
  const health = await import("@/app/api/health/route");
  const healthDb = await import("@/app/api/health/db/route");
  const metrics = await import("@/app/api/metrics/route");
  const jobs = await import("@/app/api/scheduler/jobs/route");
  const job = await import("@/app/api/scheduler/jobs/[id]/route");
  const run = await import("@/app/api/scheduler/jobs/[id]/run/route");
  return [
    ["GET", "/api/health", health.GET as Route],
    ["GET", "/api/health/db", healthDb.GET as Route],
    ["GET", "/api/metrics", metrics.GET as Route],
    ["GET", "/api/scheduler/jobs", jobs.GET as Route],
    ["POST", "/api/scheduler/jobs", jobs.POST as Route],
    ["PATCH", "/api/scheduler/jobs/:id", job.PATCH as Route],
    ["POST", "/api/scheduler/jobs/:id/run", run.POST as Route],
  ];
}

describe("route handlers under fuzzed input", () => {
  it("never answer 5xx, and refuse with a JSON message", async () => {
    for (const [method, path, handler] of await routes()) {
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(hostileText, hostileText, { maxKeys: 3 }),
          hostileText,
          hostileBody,
          caller,
          fc.constantFrom("application/json", "text/plain"),
          async (query, id, body, who, contentType) => {
            const url = new URL(`http://localhost:3000${path.replace(":id", encodeURIComponent(id))}`);
            for (const [key, value] of Object.entries(query)) url.searchParams.append(key, value);
            const request = new Request(url, {
              method,
              headers: {
                "content-type": contentType,
                [CLIENT_ADDRESS_HEADER]: "198.51.100.33",
                ...cookieOf(who),
              },
              body: method === "GET" ? undefined : body,
            });
            await expectAnswered(
              await handler(request, { params: Promise.resolve({ id }) }),
              `${method} ${path}`,
            );
          },
        ),
        { numRuns: RUNS },
      );
    }
  });

  it("better-auth's endpoints never answer 5xx either", async () => {
    const { auth } = await import("@/lib/auth");
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          "/sign-in/email",
          "/sign-up/email",
          "/update-user",
          "/request-password-reset",
          "/revoke-session",
          "/reset-password",
          "/change-password",
        ),
        hostileBody,
        caller,
        async (path, body, who) => {
          const request = new Request(`http://localhost:3000/api/auth${path}`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              origin: "http://localhost:3000",
              [CLIENT_ADDRESS_HEADER]: "198.51.100.34",
              ...cookieOf(who),
            },
            body,
          });
          const response = await auth.handler(request);
          expect(response.status, path).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });
});

type Action = (input?: unknown) => Promise<{ serverError?: string } | undefined>;

describe("server actions under fuzzed input", () => {
  it("answer every input with data or a message, never an internal error", async () => {
    const modules = [
      await import("@/app/admin/flags/actions"),
      await import("@/app/(user)/settings/actions"),
      await import("@/app/(user)/plan/actions"),
    ] as unknown as Record<string, Action>[];
    const actions = modules.flatMap((m) => Object.entries(m).filter(([name]) => name.endsWith("Action")));
    const input = fc.oneof(
      fc.anything(),
      fc.dictionary(
        fc.constantFrom(
          "flagName",
          "reason",
          "emails",
          "percentage",
          "enabled",
          "cohort",
          "rollbackEventId",
          "kcal",
          "timeZone",
        ),
        fc.oneof(hostileText, fc.double(), fc.boolean(), fc.array(hostileText, { maxLength: 3 })),
      ),
      fc.integer({ min: 1, max: 10_000 }).map((depth) => {
        let nested: unknown = [];
        for (let i = 0; i < depth; i++) nested = [nested];
        return { flagName: nested };
      }),
    );
    for (const [name, action] of actions) {
      await fc.assert(
        fc.asyncProperty(input, caller, async (value, who) => {
          actAs(who === "anonymous" ? null : who === "staff" ? staffCookie : userCookie);
          const result = await action(value);
          expect(result?.serverError, name).not.toBe(INTERNAL);
        }),
        { numRuns: RUNS },
      );
    }
  });
});
