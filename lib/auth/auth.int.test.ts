import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { httpRequest, serveHandler, type HandlerServer } from "@/test/fetch-handler-server";
import { resetDatabase } from "@/test/reset-database";

const ORIGIN = "http://localhost:3000";

function authRequest(path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
    body: JSON.stringify(body),
  });
}

function signInRequest(email: string, password: string, ip: string) {
  return authRequest("/sign-in/email", { email, password }, { [CLIENT_ADDRESS_HEADER]: ip });
}

async function signUp(email: string, password = "correct-horse") {
  await auth.api.signUpEmail({ body: { email, password, name: email.split("@")[0] ?? email } });
  return db.user.findUniqueOrThrow({ where: { email } });
}

async function signedInCookie(email: string, password = "correct-horse", ip = "203.0.113.50") {
  const response = await auth.handler(signInRequest(email, password, ip));
  expect(response.status).toBe(200);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

describe("auth", () => {
  beforeEach(resetDatabase);

  it("signs up people as plain users; the role cannot be chosen at sign-up", async () => {
    await auth.api.signUpEmail({
      body: { email: "eve@example.com", password: "correct-horse", name: "Eve", role: "staff" } as never,
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: "eve@example.com" } });
    expect(user.role).toBe("user");
  });

  it("keeps sessions in Postgres and records the sign-in time", async () => {
    await signUp("ann@example.com");
    const response = await auth.handler(signInRequest("ann@example.com", "correct-horse", "203.0.113.1"));
    expect(response.status).toBe(200);
    const user = await db.user.findUniqueOrThrow({ where: { email: "ann@example.com" } });
    expect(await db.session.count({ where: { userId: user.id } })).toBeGreaterThanOrEqual(1);
    expect(user.lastSignInAt).not.toBeNull();
  });

  it("answers a wrong password with a clear 401 and rate-limits repeated attempts per address", async () => {
    await signUp("bob@example.com");
    const ip = "203.0.113.9";
    const wrong = await auth.handler(signInRequest("bob@example.com", "wrong-horse", ip));
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).message).toMatch(/invalid email or password/i);

    const statuses: number[] = [];
    for (let i = 0; i < env.AUTH_SIGN_IN_MAX_ATTEMPTS + 1; i++) {
      statuses.push((await auth.handler(signInRequest("carl@example.com", "wrong-horse", ip))).status);
    }
    expect(statuses).toContain(429);
    // The limit is per client address: someone else is not locked out.
    const other = await auth.handler(signInRequest("bob@example.com", "correct-horse", "203.0.113.77"));
    expect(other.status).toBe(200);
  });

  it("logs a failed sign-in with the account and the client address", async () => {
    await signUp("dora@example.com");
    const warn = vi.spyOn(log, "warn");
    try {
      await auth.handler(signInRequest("dora@example.com", "wrong-horse", "198.51.100.23"));
      expect(warn).toHaveBeenCalledWith(
        expect.objectContaining({
          event: "sign_in_failed",
          account: "dora@example.com",
          client_ip: "198.51.100.23",
        }),
        expect.stringMatching(/failed sign-in/),
      );
    } finally {
      warn.mockRestore();
    }
  });
});

describe("sign-in over real HTTP", () => {
  let server: HandlerServer;
  beforeAll(async () => {
    server = await serveHandler((request) => auth.handler(request));
  });
  afterAll(() => server.close());
  beforeEach(resetDatabase);

  const post = (email: string, password: string, from: string, forwardedFor?: string) =>
    httpRequest(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      from,
      headers: {
        "content-type": "application/json",
        origin: ORIGIN,
        ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }),
        // A client may also try to send the stamped header itself: it is overwritten at the socket.
        [CLIENT_ADDRESS_HEADER]: forwardedFor ?? "192.0.2.1",
      },
      body: JSON.stringify({ email, password }),
    });

  it("a new X-Forwarded-For per request does not buy new attempts, nor does the right password after a lockout", async () => {
    await signUp("fay@example.com");
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      statuses.push((await post("fay@example.com", "wrong-horse", "127.0.0.1", `10.0.${i}.${i}`)).status);
    }
    expect(statuses.slice(0, env.AUTH_SIGN_IN_MAX_ATTEMPTS).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(-10).every((s) => s === 429)).toBe(true);
    // From another address (so the per-address limit does not apply): the account itself is locked.
    const right = await post("fay@example.com", "correct-horse", "127.0.0.3");
    expect(right.status).toBe(429);
    expect(JSON.parse(right.body).message).toMatch(/too many wrong passwords for this account/i);
    expect(Number(right.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("a bogus or two-address X-Forwarded-For is not a shared key that locks out others", async () => {
    await signUp("gus@example.com");
    await signUp("hal@example.com");
    for (let i = 0; i < env.AUTH_SIGN_IN_MAX_ATTEMPTS + 2; i++) {
      await post(`nobody${i}@example.com`, "wrong-horse", "127.0.0.4", "not-an-address");
      await post(`nobody${i}@example.com`, "wrong-horse", "127.0.0.5", "198.51.100.1, 198.51.100.2");
    }
    expect((await post("gus@example.com", "correct-horse", "127.0.0.6", "not-an-address")).status).toBe(200);
    expect(
      (await post("hal@example.com", "correct-horse", "127.0.0.7", "198.51.100.1, 198.51.100.2")).status,
    ).toBe(200);
  });
});

describe("per-account lockout", () => {
  beforeEach(resetDatabase);

  it("locks after the free failures, refuses the right password while locked, and forgives after the wait", async () => {
    await signUp("ida@example.com");
    const statuses: number[] = [];
    // Each try from a different address: only the per-account lockout can stop them.
    for (let i = 0; i < env.AUTH_LOCKOUT_FREE_FAILURES + 1; i++) {
      statuses.push(
        (await auth.handler(signInRequest("ida@example.com", "wrong-horse", `198.51.100.${i + 1}`))).status,
      );
    }
    expect(statuses.slice(0, env.AUTH_LOCKOUT_FREE_FAILURES)).toEqual(
      Array(env.AUTH_LOCKOUT_FREE_FAILURES).fill(401),
    );
    expect(statuses.at(-1)).toBe(429);
    const row = await db.signInFailure.findUniqueOrThrow({ where: { email: "ida@example.com" } });
    expect(row.failures).toBe(env.AUTH_LOCKOUT_FREE_FAILURES);
    // Refused attempts during the lock are not counted, so they cannot stretch it.
    const lockedUntil = row.lockedUntil!.getTime();
    expect(lockedUntil - Date.now()).toBeLessThanOrEqual(env.AUTH_LOCKOUT_BASE_SECONDS * 1000);

    expect(
      (await auth.handler(signInRequest("ida@example.com", "correct-horse", "198.51.100.99"))).status,
    ).toBe(429);
    // Time passes: the lock ends on its own, and the right password clears the streak.
    await db.signInFailure.update({
      where: { email: "ida@example.com" },
      data: { lockedUntil: new Date(0) },
    });
    expect(
      (await auth.handler(signInRequest("ida@example.com", "correct-horse", "198.51.100.98"))).status,
    ).toBe(200);
    expect(await db.signInFailure.count()).toBe(0);
  });
});

describe("password policy", () => {
  beforeEach(resetDatabase);

  it.each([
    ["password", /at least 10/],
    ["12345678", /at least 10/],
    ["1234567890", /most common/],
    ["joe.person@example.com", /e-mail/],
  ])("refuses %j at sign-up", async (password, message) => {
    const response = await auth.handler(
      authRequest(
        "/sign-up/email",
        { email: "joe.person@example.com", password, name: "Joe" },
        { [CLIENT_ADDRESS_HEADER]: "203.0.113.60" },
      ),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(message);
    expect(await db.user.count()).toBe(0);
  });

  it("refuses a weak new password when changing it, and accepts a good one", async () => {
    await signUp("kim@example.com");
    const cookie = await signedInCookie("kim@example.com");
    const weak = await auth.handler(
      authRequest(
        "/change-password",
        { currentPassword: "correct-horse", newPassword: "qwertyuiop" },
        { cookie },
      ),
    );
    expect(weak.status).toBe(400);
    const good = await auth.handler(
      authRequest(
        "/change-password",
        { currentPassword: "correct-horse", newPassword: "plum-kettle-orbit-9" },
        { cookie },
      ),
    );
    expect(good.status).toBe(200);
    expect(
      (await auth.handler(signInRequest("kim@example.com", "plum-kettle-orbit-9", "203.0.113.61"))).status,
    ).toBe(200);
  });
});

describe("sessions and accounts", () => {
  beforeEach(resetDatabase);

  it("revoke-session with another person's token answers 404 and leaves that session alone", async () => {
    await signUp("lea@example.com");
    await signUp("max@example.com");
    const lea = await signedInCookie("lea@example.com");
    await signedInCookie("max@example.com");
    const maxUser = await db.user.findUniqueOrThrow({ where: { email: "max@example.com" } });
    const maxSession = await db.session.findFirstOrThrow({ where: { userId: maxUser.id } });

    const response = await auth.handler(
      authRequest("/revoke-session", { token: maxSession.token }, { cookie: lea }),
    );
    expect(response.status).toBe(404);
    expect(await db.session.findUnique({ where: { id: maxSession.id } })).not.toBeNull();
  });

  it("revoke-session still revokes one of the caller's own sessions", async () => {
    const user = await signUp("ned@example.com");
    const first = await signedInCookie("ned@example.com");
    await signedInCookie("ned@example.com", "correct-horse", "203.0.113.51");
    const sessions = await db.session.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "desc" },
    });
    const response = await auth.handler(
      authRequest("/revoke-session", { token: sessions[0]!.token }, { cookie: first }),
    );
    expect(response.status).toBe(200);
    expect(await db.session.findUnique({ where: { id: sessions[0]!.id } })).toBeNull();
  });

  it("refuses a NUL byte in update-user's name with a 400 instead of a database error", async () => {
    await signUp("ola@example.com");
    const cookie = await signedInCookie("ola@example.com");
    const response = await auth.handler(authRequest("/update-user", { name: "Ola\u0000" }, { cookie }));
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(/control characters/);
  });

  it("resets a forgotten password through an e-mail in the outbox, and signs out every old session", async () => {
    const user = await signUp("pia@example.com");
    await signedInCookie("pia@example.com");
    const asked = await auth.handler(
      authRequest(
        "/request-password-reset",
        { email: "pia@example.com" },
        { [CLIENT_ADDRESS_HEADER]: "203.0.113.70" },
      ),
    );
    expect(asked.status).toBe(200);
    // Same answer for an address nobody has, and no e-mail for it.
    const unknown = await auth.handler(
      authRequest(
        "/request-password-reset",
        { email: "nobody@example.com" },
        { [CLIENT_ADDRESS_HEADER]: "203.0.113.71" },
      ),
    );
    expect(unknown.status).toBe(200);

    const outbox = await db.emailOutbox.findMany();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      toAddress: "pia@example.com",
      template: "password-reset",
      userId: user.id,
    });
    const { token } = outbox[0]!.payload as { token: string };

    const weak = await auth.handler(
      authRequest("/reset-password", { token, newPassword: "pia@example.com" }),
    );
    expect(weak.status).toBe(400);
    const reset = await auth.handler(
      authRequest("/reset-password", { token, newPassword: "new-plum-kettle-3" }),
    );
    expect(reset.status).toBe(200);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(
      (await auth.handler(signInRequest("pia@example.com", "new-plum-kettle-3", "203.0.113.72"))).status,
    ).toBe(200);
    expect(
      (await auth.handler(signInRequest("pia@example.com", "correct-horse", "203.0.113.73"))).status,
    ).toBe(401);
    // The token works once.
    const again = await auth.handler(
      authRequest("/reset-password", { token, newPassword: "another-plum-77" }),
    );
    expect(again.status).toBe(400);
  });
});
