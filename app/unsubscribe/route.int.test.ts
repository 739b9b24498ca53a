import { beforeEach, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/unsubscribe/route";
import { db } from "@/lib/db";
import { enqueueEmail, unsubscribeUrlFor } from "@/lib/email";
import { resetDatabase } from "@/test/reset-database";

const APP_URL = "http://localhost:3000";
const segment = { params: Promise.resolve({}) };
const DAY_MS = 86_400_000;

async function person(id: string, emailOptIn?: boolean) {
  await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
  if (emailOptIn !== undefined) await db.dietaryPreference.create({ data: { userId: id, emailOptIn } });
}

/** `null`: no preferences row at all (the schema default, opted in). */
async function optIn(userId: string): Promise<boolean | null> {
  const row = await db.dietaryPreference.findUnique({ where: { userId }, select: { emailOptIn: true } });
  return row?.emailOptIn ?? null;
}

function linkFor(userId: string, issuedAt = new Date()): string {
  return unsubscribeUrlFor({ userId, issuedAt, appUrl: APP_URL });
}

function tokenOf(url: string): string {
  return new URL(url).searchParams.get("token") ?? "";
}

function withToken(token: string): string {
  return `${APP_URL}/unsubscribe?token=${encodeURIComponent(token)}`;
}

function get(url: string) {
  return GET(new Request(url), segment);
}

/** The confirm page's button: a form post with no fields. */
function postForm(url: string) {
  return POST(
    new Request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "",
    }),
    segment,
  );
}

/** What Gmail and others send for `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058 §3.2). */
function postOneClick(url: string) {
  return POST(
    new Request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    }),
    segment,
  );
}

describe("/unsubscribe", () => {
  beforeEach(resetDatabase);

  it("GET shows a confirm form for the person and changes nothing, however often it is fetched", async () => {
    await person("ana", true);
    await person("ben");
    const url = linkFor("ana");

    for (let i = 0; i < 3; i += 1) {
      const response = await get(url);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain("Stop e-mails from Meal Planner?");
      expect(html).toContain("a***@example.com");
      expect(html).not.toContain("ana@example.com");
      expect(html).toContain(
        `<form method="post" action="/unsubscribe?token=${encodeURIComponent(tokenOf(url))}">`,
      );
      expect(html).toContain('<button type="submit">Unsubscribe</button>');
    }
    expect(await optIn("ana")).toBe(true);
    // No row is created for a person without preferences either.
    expect((await get(linkFor("ben"))).status).toBe(200);
    expect(await optIn("ben")).toBeNull();
  });

  it("answers with a strict, script-free page that no cache or search engine keeps", async () => {
    await person("ana", true);
    const response = await get(linkFor("ana"));
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("script-src");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(await response.text()).not.toMatch(/<script|\son[a-z]+=/i);
  });

  it("POST from the confirm form unsubscribes; a second POST and a later GET say so and change nothing", async () => {
    await person("ana", true);
    await person("ben", true);
    const url = linkFor("ana");

    const first = await postForm(url);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("You are unsubscribed");
    expect(await optIn("ana")).toBe(false);
    expect(await optIn("ben")).toBe(true);

    const again = await postForm(url);
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("You are unsubscribed");
    expect(await optIn("ana")).toBe(false);

    const later = await get(url);
    expect(later.status).toBe(200);
    const html = await later.text();
    expect(html).toContain("You are already unsubscribed");
    expect(html).not.toContain("<form");
  });

  it("RFC 8058 one-click POST unsubscribes a person who never saved preferences, keeping the defaults", async () => {
    await person("cai");
    const response = await postOneClick(linkFor("cai"));
    expect(response.status).toBe(200);
    const row = await db.dietaryPreference.findUniqueOrThrow({ where: { userId: "cai" } });
    expect(row).toMatchObject({ emailOptIn: false, mealsPerDay: 3, planWeekday: 5, diet: "omnivore" });
    // The next plan e-mail is kept out of the send queue.
    const queued = await enqueueEmail({
      userId: "cai",
      to: "cai@example.com",
      template: "beta-invite",
      payload: { firstPlanOn: "2026-12-04" },
      idempotencyKey: "beta-invite:cai",
    });
    expect(queued.status).toBe("suppressed");
  });

  it("refuses another person's id in a token, and a link only ever touches its own person", async () => {
    await person("ana", true);
    await person("ben", true);
    const anaToken = tokenOf(linkFor("ana"));
    const benToken = tokenOf(linkFor("ben"));
    const [version, , expires, signature] = anaToken.split(".");
    const spliced = [version, benToken.split(".")[1], expires, signature].join(".");

    for (const response of [await get(withToken(spliced)), await postOneClick(withToken(spliced))]) {
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("This unsubscribe link is not valid.");
    }
    expect(await optIn("ben")).toBe(true);

    await postOneClick(withToken(anaToken));
    expect(await optIn("ana")).toBe(false);
    expect(await optIn("ben")).toBe(true);
  });

  it("refuses a tampered token: a changed signature or a stretched expiry", async () => {
    await person("ana", true);
    const token = tokenOf(linkFor("ana"));
    const parts = token.split(".");
    const signature = parts[3] ?? "";
    const flipped = [...parts.slice(0, 3), `${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`].join(
      ".",
    );
    const stretched = [parts[0], parts[1], String(Number(parts[2]) + 365 * 86_400), parts[3]].join(".");

    for (const bad of [flipped, stretched]) {
      const response = await postForm(withToken(bad));
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("This unsubscribe link is not valid.");
    }
    const damaged = await get(withToken("v1.not-a-token"));
    expect(damaged.status).toBe(400);
    expect(await damaged.text()).toContain("incomplete or damaged");
    expect(await optIn("ana")).toBe(true);
  });

  it("refuses an expired link with a message that says what to do instead", async () => {
    await person("ana", true);
    const expired = linkFor("ana", new Date(Date.now() - 91 * DAY_MS));
    for (const response of [await get(expired), await postOneClick(expired)]) {
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain("This unsubscribe link has expired.");
      expect(html).toContain("your settings");
    }
    expect(await optIn("ana")).toBe(true);
    // Still inside the window: 89 days after the e-mail was queued.
    expect((await get(linkFor("ana", new Date(Date.now() - 89 * DAY_MS)))).status).toBe(200);
  });

  it("answers 400 without a token and 404 when the account is gone", async () => {
    const missing = await get(`${APP_URL}/unsubscribe`);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("missing its code");
    expect((await postOneClick(`${APP_URL}/unsubscribe`)).status).toBe(400);

    const gone = await postOneClick(linkFor("nobody"));
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain("no longer exists");
  });
});
