import { beforeEach, describe, expect, it } from "vitest";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { resetDatabase } from "@/test/reset-database";

function signInRequest(email: string, password: string, ip: string) {
  return new Request("http://localhost:3000/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip, origin: "http://localhost:3000" },
    body: JSON.stringify({ email, password }),
  });
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
    await auth.api.signUpEmail({
      body: { email: "ann@example.com", password: "correct-horse", name: "Ann" },
    });
    const response = await auth.handler(signInRequest("ann@example.com", "correct-horse", "203.0.113.1"));
    expect(response.status).toBe(200);
    const user = await db.user.findUniqueOrThrow({ where: { email: "ann@example.com" } });
    expect(await db.session.count({ where: { userId: user.id } })).toBeGreaterThanOrEqual(1);
    expect(user.lastSignInAt).not.toBeNull();
  });

  it("answers a wrong password with a clear 401 and rate-limits repeated attempts", async () => {
    await auth.api.signUpEmail({
      body: { email: "bob@example.com", password: "correct-horse", name: "Bob" },
    });
    const ip = "203.0.113.9";
    const wrong = await auth.handler(signInRequest("bob@example.com", "wrong-horse", ip));
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).message).toMatch(/invalid email or password/i);

    const statuses: number[] = [];
    for (let i = 0; i < env.AUTH_SIGN_IN_MAX_ATTEMPTS + 1; i++) {
      statuses.push((await auth.handler(signInRequest("bob@example.com", "wrong-horse", ip))).status);
    }
    expect(statuses).toContain(429);
    // The limit is per client address: someone else is not locked out.
    const other = await auth.handler(signInRequest("bob@example.com", "correct-horse", "203.0.113.77"));
    expect(other.status).toBe(200);
  });
});
