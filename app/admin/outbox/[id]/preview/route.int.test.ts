import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/admin/outbox/[id]/preview/route";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email";
import { resetDatabase } from "@/test/reset-database";
import { sessionCookie } from "@/test/session-cookie";

function preview(id: string, cookie: string | null) {
  return GET(
    new Request(`http://localhost:3000/admin/outbox/${id}/preview`, {
      headers: { "x-forwarded-for": "198.51.100.7", ...(cookie ? { cookie } : {}) },
    }),
    { params: Promise.resolve({ id }) },
  );
}

async function planReadyFor(firstName: string) {
  const user = await db.user.create({ data: { id: "sam", name: firstName, email: "sam@example.com" } });
  return enqueueEmail({
    userId: user.id,
    to: user.email,
    template: "plan-ready",
    payload: {
      firstName,
      weekStart: "2026-11-30",
      daysPlanned: 7,
      mealsPlanned: 21,
      avgKcal: 2140,
      targetKcal: 2200,
      featuredMeals: ['Soup"><script>alert(2)</script>'],
    },
    idempotencyKey: "plan-ready:preview",
  });
}

describe("GET /admin/outbox/:id/preview", () => {
  beforeEach(resetDatabase);

  it("gives staff the HTML as sent, inside a sandbox policy, with every payload value escaped", async () => {
    const staff = await sessionCookie("ops@example.com", "staff");
    const row = await planReadyFor("<img src=x onerror=alert(1)>");
    const response = await preview(row.id, staff);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp.split("; ")).toEqual(
      expect.arrayContaining([
        "sandbox",
        "default-src 'none'",
        "form-action 'none'",
        "frame-ancestors 'self'",
      ]),
    );
    expect(csp).not.toContain("script-src");
    expect(response.headers.get("cache-control")).toBe("no-store");

    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html/i);
    expect(html).toContain("Here is what we planned for you this week.");
    expect(html).toContain("/unsubscribe?token=v1.");
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("Hi &lt;img src=x onerror=alert(1)&gt;,");
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
  });

  it("refuses a plain user (403) and a visitor who is not signed in (401)", async () => {
    const row = await planReadyFor("Sam");
    const user = await sessionCookie("pat@example.com", "user");
    expect((await preview(row.id, user)).status).toBe(403);
    const anonymous = await preview(row.id, null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain("meal plan");
  });

  it("answers 404 for an unknown id and 409 with the reason for a payload that no longer renders", async () => {
    const staff = await sessionCookie("ops@example.com", "staff");
    expect((await preview("ckunknown0000000000000000", staff)).status).toBe(404);
    expect((await preview("../../etc/passwd", staff)).status).toBe(404);

    const row = await planReadyFor("Sam");
    await db.emailOutbox.update({ where: { id: row.id }, data: { payload: { weekStart: "soon" } } });
    const broken = await preview(row.id, staff);
    expect(broken.status).toBe(409);
    expect(await broken.text()).toMatch(/^This e-mail cannot be rendered: weekStart: /);
  });
});
