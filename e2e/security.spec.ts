import { expect, test } from "@playwright/test";
import { STAFF_STATE, USER } from "./fixtures";

test("every page carries the security headers, and Next's scripts carry this response's nonce", async ({
  request,
}) => {
  const response = await request.get("/sign-in");
  expect(response.status()).toBe(200);
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("'strict-dynamic'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // APP_URL is http here: no HSTS (it would pin browsers to https on localhost).
  expect(headers["strict-transport-security"]).toBeUndefined();
  const html = await response.text();
  expect(html).toContain(`nonce="${nonce}"`);
  // A second response gets a different nonce.
  const again = await request.get("/sign-in");
  expect(again.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
});

test("API answers carry the headers too", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

for (const next of ["/\\127.0.0.2:9/x", "/%5C127.0.0.2:9/x", "/%09/127.0.0.2:9/x", "//127.0.0.2:9/x"]) {
  test(`signing in with ?next=${next} stays on this site`, async ({ page, baseURL }) => {
    await page.goto(`/sign-in?next=${next}`);
    await page.getByLabel("E-mail").fill(USER.email);
    await page.getByLabel("Password").fill(USER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signed-in-as")).toHaveText(USER.email);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
}

test.describe("server actions refuse malformed calls with a 4xx", () => {
  const action = {
    "next-action": "0123456789abcdef0123456789abcdef01234567",
    "content-type": "text/plain;charset=UTF-8",
  };

  test("a foreign or null Origin", async ({ request }) => {
    for (const origin of ["http://evil.example", "null"]) {
      const response = await request.post("/settings", { headers: { ...action, origin }, data: "[]" });
      expect(response.status(), origin).toBe(403);
    }
  });

  test("malformed JSON, a 10,000-deep array and a body over 1 MB", async ({ request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const post = (data: string) => request.post("/settings", { headers: { ...action, origin }, data });
    expect((await post("[{")).status()).toBe(400);
    expect((await post("[".repeat(10_000) + "]".repeat(10_000))).status()).toBe(400);
    expect((await post(`["${"x".repeat(1_100_000)}"]`)).status()).toBe(413);
  });
});

test.describe("NUL bytes in the address are answered, not 500", () => {
  test.use({ storageState: STAFF_STATE });

  test("console pages", async ({ request }) => {
    expect((await request.get("/admin/flags/%00")).status()).toBe(404);
    for (const path of ["/admin/jobs?user=%00", "/admin/audit?actor=%00"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text()).toContain("must not contain control characters");
    }
  });

  test("the scheduler API", async ({ request }) => {
    const response = await request.get("/api/scheduler/jobs?user_id=%00");
    expect(response.status()).toBe(400);
    expect((await response.json()).error.message).toMatch(/control characters/);
  });
});
