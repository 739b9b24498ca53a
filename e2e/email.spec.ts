import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { STAFF_STATE, USER_STATE } from "./fixtures";

interface SentEmail {
  userId: string;
  outboxId: string;
  email: string;
}

const ROOT = path.join(import.meta.dirname, "..");

// Each test first starts tsx to seed and send an e-mail through lib/, which alone can take tens of seconds on
// a loaded machine.
test.describe.configure({ timeout: 120_000 });

/** A fresh person with a plan-ready e-mail delivered through the real SDK to the run's Resend stand-in. */
function sendPlanReadyEmail(): SentEmail {
  const output = execFileSync(
    path.join(ROOT, "node_modules/.bin/tsx"),
    [path.join(ROOT, "e2e/support/send-plan-ready-email.ts")],
    { cwd: ROOT, env: { ...process.env, LOG_LEVEL: "silent" }, encoding: "utf8", timeout: 60_000 },
  );
  return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as SentEmail;
}

/** The List-Unsubscribe URL of the message the stand-in received for `to`, read from its `GET /emails`. */
async function unsubscribeUrlReceivedBy(to: string): Promise<string> {
  const resend = process.env.RESEND_BASE_URL;
  expect(resend, "scripts/e2e.ts passes the Resend stand-in's URL").toBeTruthy();
  const list = (await (await fetch(`${resend}/emails?limit=100`)).json()) as {
    data: { to: string[]; headers: Record<string, string> }[];
  };
  const message = list.data.find((item) => item.to.includes(to));
  expect(message?.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  const match = /^<(.+)>$/.exec(message?.headers["List-Unsubscribe"] ?? "");
  expect(match).not.toBeNull();
  return match?.[1] ?? "";
}

test.describe("the unsubscribe link in a plan e-mail", () => {
  test("works signed out: the link only asks, the button unsubscribes, a second visit says so", async ({
    browser,
  }) => {
    const sent = sendPlanReadyEmail();
    const url = await unsubscribeUrlReceivedBy(sent.email);
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();

    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Stop e-mails from Meal Planner?" })).toBeVisible();
    await expect(page.getByText("u***@example.com")).toBeVisible();

    // Opening the link changed nothing: it still asks.
    await page.reload();
    await expect(page.getByRole("button", { name: "Unsubscribe" })).toBeVisible();

    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();

    await page.goto(url);
    await expect(page.getByRole("heading", { name: "You are already unsubscribed" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Unsubscribe" })).toHaveCount(0);

    const tampered = await page.goto(url.replace(/.$/, (last) => (last === "A" ? "B" : "A")));
    expect(tampered?.status()).toBe(400);
    await expect(page.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
    await context.close();
  });
});

test.describe("the outbox preview", () => {
  let sent: SentEmail;
  test.beforeAll(() => {
    sent = sendPlanReadyEmail();
  });

  test.describe("as staff", () => {
    test.use({ storageState: STAFF_STATE });

    test("shows the rendered e-mail in a sandboxed frame, reached from the outbox list", async ({ page }) => {
      await page.goto(`/admin/outbox?template=plan-ready`);
      await page.getByRole("link", { name: `View e-mail to ${sent.email}` }).click();
      await expect(page).toHaveURL(new RegExp(`/admin/outbox/${sent.outboxId}$`));
      await expect(page.getByTestId("outbox-email-facts")).toContainText("List-Unsubscribe-Post");

      const frame = page.getByTestId("outbox-email-preview");
      await expect(frame).toHaveAttribute("sandbox", "");
      const email = page.frameLocator('[data-testid="outbox-email-preview"]');
      await expect(email.getByText("Hi Robin,")).toBeVisible();
      await expect(email.getByText("Each day against your targets")).toBeVisible();
      await expect(email.getByRole("link", { name: "unsubscribe" })).toBeVisible();
    });
  });

  test.describe("as a plain user", () => {
    test.use({ storageState: USER_STATE });

    test("is refused the page and the rendered HTML", async ({ page }) => {
      const pageResponse = await page.goto(`/admin/outbox/${sent.outboxId}`);
      expect(pageResponse?.status()).toBe(403);
      const html = await page.request.get(`/admin/outbox/${sent.outboxId}/preview`);
      expect(html.status()).toBe(403);
      expect(await html.text()).not.toContain("Robin");
    });
  });
});
