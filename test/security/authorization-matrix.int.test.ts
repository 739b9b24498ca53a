/**
 * Who may do what, as one table: every console page and every staff action × anonymous / plain user /
 * staff, every user action × anonymous / user, the scheduler API × each caller, and the user-facing ways to
 * name another person's ids. The pages and actions are the real modules; only `next/headers` is supplied.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import {
  actAs,
  pageOutcome,
  requestHeaders,
  signedInCookie,
  type Who,
} from "@/test/security/session-headers";
import { resetDatabase } from "@/test/reset-database";

// What `experimental.authInterrupts` in next.config.ts turns on at build time: forbidden() for non-staff.
vi.hoisted(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
});

vi.mock("next/headers", () => ({
  headers: async () => requestHeaders.current,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {} }),
}));

const FLAG = "matrix_flag";
const cookies: Record<Exclude<Who, "anonymous">, string> = { user: "", staff: "" };
let otherUserId = "";

beforeAll(async () => {
  await resetDatabase();
  cookies.staff = await signedInCookie("matrix-staff@example.com", "staff");
  cookies.user = await signedInCookie("matrix-user@example.com", "user");
  const other = await db.user.create({
    data: { id: "matrix-other", email: "other@example.com", name: "Other" },
  });
  otherUserId = other.id;
  await db.featureFlag.create({ data: { flagName: FLAG } });
}, 120_000);

function as(who: Who) {
  actAs(who === "anonymous" ? null : cookies[who]);
}

const noSearch = { searchParams: Promise.resolve({}) };

// Each console page, as Next.js calls it.
const CONSOLE_PAGES: [string, () => Promise<unknown>, RegExp?][] = [
  ["/admin (layout)", async () => (await import("@/app/admin/layout")).default({ children: null })],
  ["/admin", async () => (await import("@/app/admin/page")).default()],
  // The flag list lives on the overview: staff are sent there.
  [
    "/admin/flags",
    async () => (await import("@/app/admin/flags/page")).default(),
    /^redirect:\/admin#flags$/,
  ],
  [
    "/admin/flags/[flagName]",
    async () =>
      (await import("@/app/admin/flags/[flagName]/page")).default({
        params: Promise.resolve({ flagName: FLAG }),
      }),
  ],
  ["/admin/jobs", async () => (await import("@/app/admin/jobs/page")).default(noSearch)],
  ["/admin/audit", async () => (await import("@/app/admin/audit/page")).default(noSearch)],
  ["/admin/outbox", async () => (await import("@/app/admin/outbox/page")).default(noSearch)],
  ["/admin/rollbacks", async () => (await import("@/app/admin/rollbacks/page")).default(noSearch)],
];

const EXPECTED_PAGE: Record<Who, RegExp> = {
  anonymous: /^redirect:\/sign-in\?next=%2Fadmin/,
  user: /^http:403$/,
  staff: /^rendered$/,
};

describe.each(["anonymous", "user", "staff"] as const)("console pages as %s", (who) => {
  it.each(CONSOLE_PAGES)("%s", async (_path, render, staffOutcome) => {
    as(who);
    expect(await pageOutcome(render)).toMatch(
      who === "staff" && staffOutcome ? staffOutcome : EXPECTED_PAGE[who],
    );
  });
});

type ActionModule = Record<string, (input?: unknown) => Promise<{ serverError?: string } | undefined>>;

async function staffActions(): Promise<[string, ActionModule[string]][]> {
  const actions = (await import("@/app/admin/flags/actions")) as unknown as ActionModule;
  return Object.entries(actions).filter(([name]) => name.endsWith("Action"));
}

describe("staff actions", () => {
  it("the table covers every staff action there is", async () => {
    expect((await staffActions()).length).toBeGreaterThanOrEqual(14);
  });

  it.each(["anonymous", "user"] as const)(
    "refuses every one as %s, before touching anything",
    async (who) => {
      as(who);
      const auditBefore = await db.auditLog.count();
      for (const [name, action] of await staffActions()) {
        const result = await action({ flagName: FLAG, reason: "matrix test", enabled: true });
        expect(result?.serverError, name).toBe(who === "anonymous" ? "Please sign in again." : "Staff only.");
      }
      expect(await db.auditLog.count()).toBe(auditBefore);
      const flag = await db.featureFlag.findUniqueOrThrow({ where: { flagName: FLAG } });
      expect(flag.enabledGlobally).toBe(false);
    },
  );

  it("lets staff past the door on every one", async () => {
    as("staff");
    for (const [name, action] of await staffActions()) {
      const result = await action({});
      expect(String(result?.serverError ?? ""), name).not.toMatch(/sign in again|Staff only/);
    }
  });
});

async function userActions(): Promise<[string, ActionModule[string]][]> {
  const modules = [
    (await import("@/app/(user)/settings/actions")) as unknown as ActionModule,
    (await import("@/app/(user)/plan/actions")) as unknown as ActionModule,
  ];
  return modules.flatMap((actions) => Object.entries(actions).filter(([name]) => name.endsWith("Action")));
}

describe("user actions", () => {
  it("refuse anonymous callers", async () => {
    as("anonymous");
    for (const [name, action] of await userActions()) {
      expect((await action({}))?.serverError, name).toBe("Please sign in again.");
    }
  });

  it("only ever change the caller's own data, whatever ids the input names", async () => {
    as("user");
    const { updateProfileAction } = await import("@/app/(user)/settings/actions");
    const result = await updateProfileAction({
      kcal: 2000,
      proteinG: 150,
      carbsG: 200,
      fatG: 67,
      diet: "omnivore",
      allergens: [],
      mealsPerDay: 3,
      householdSize: 1,
      timeZone: "UTC",
      planWeekday: 5,
      planHour: 6,
      emailOptIn: true,
      // Not part of the schema: must be ignored, not obeyed.
      userId: otherUserId,
      id: otherUserId,
      role: "staff",
    } as never);
    expect(result?.serverError).toBeUndefined();
    expect(await db.nutritionTarget.findUnique({ where: { userId: otherUserId } })).toBeNull();
    const me = await db.user.findUniqueOrThrow({ where: { email: "matrix-user@example.com" } });
    expect(me.role).toBe("user");
    expect(await db.nutritionTarget.findUnique({ where: { userId: me.id } })).not.toBeNull();
  });
});

describe("the scheduler API", () => {
  const segment = { params: Promise.resolve({}) };
  const call = async (who: Who, method: "GET" | "POST", query = "") => {
    const { GET, POST } = await import("@/app/api/scheduler/jobs/route");
    const request = new Request(`http://localhost:3000/api/scheduler/jobs${query}`, {
      method,
      headers: {
        "content-type": "application/json",
        "x-meal-planner-client-address": "198.51.100.200",
        ...(who === "anonymous" ? {} : { cookie: cookies[who] }),
      },
      body: method === "POST" ? JSON.stringify({ job_type: "AutoSync", user_id: otherUserId }) : undefined,
    });
    return (method === "GET" ? GET : POST)(request, segment);
  };

  it.each([
    ["anonymous", "GET", 401],
    ["anonymous", "POST", 401],
    ["user", "GET", 403],
    ["user", "POST", 403],
  ] as const)("%s %s → %i", async (who, method, status) => {
    expect((await call(who, method)).status).toBe(status);
  });

  it("a plain user cannot list another person's jobs by id", async () => {
    expect((await call("user", "GET", `?user_id=${otherUserId}`)).status).toBe(403);
  });

  it("staff may", async () => {
    expect((await call("staff", "GET")).status).toBe(200);
  });
});

describe("better-auth endpoints with another person's ids", () => {
  it("update-user cannot set the role", async () => {
    const { auth } = await import("@/lib/auth");
    const response = await auth.handler(
      new Request("http://localhost:3000/api/auth/update-user", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: "http://localhost:3000",
          cookie: cookies.user,
        },
        body: JSON.stringify({ name: "Still a user", role: "staff" }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(200);
    const me = await db.user.findUniqueOrThrow({ where: { email: "matrix-user@example.com" } });
    expect(me.role).toBe("user");
  });
});
