import { execFileSync } from "node:child_process";
import { expect, request as playwrightRequest, test, type Page, type Request } from "@playwright/test";
import { sql } from "./db";
import { STAFF_STATE, USER_STATE } from "./fixtures";

const FLAG = "phase3_generation_engine";
const FLAG_URL = `/admin/flags/${FLAG}`;

async function confirm(page: Page, buttonName: string, reason?: string) {
  await page.getByRole("button", { name: buttonName, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("confirm-effect")).toBeVisible();
  if (reason) await dialog.getByRole("textbox").fill(reason);
  await dialog.getByRole("button", { name: `Confirm: ${buttonName}` }).click();
  await expect(dialog).toBeHidden();
}

test.describe.configure({ mode: "serial" });

test.describe("staff run a canary and roll it back", () => {
  test.use({ storageState: STAFF_STATE });

  test("enrol the canary cohort, see the gates, roll back, find it in the audit log", async ({ page }) => {
    await page.goto(FLAG_URL);
    // The demo seed enrolled the beta testers already (other specs may have enrolled someone too);
    // enrolling them again changes nothing.
    const enrolled = page.getByTestId("enrolled-count");
    const before = (await enrolled.textContent()) ?? "";
    expect(Number(before)).toBeGreaterThanOrEqual(3);

    // The confirmation states the effect before anything happens.
    await page.getByRole("button", { name: "Enrol beta testers", exact: true }).click();
    await expect(page.getByRole("dialog").getByTestId("confirm-effect")).toContainText(
      /up to 3 of \d+ users/,
    );
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    await confirm(page, "Enrol beta testers");
    await expect(enrolled).toHaveText(before);

    await confirm(page, "Create staged rollout");
    await confirm(page, "Start canary (5 %)");
    await expect(page.getByTestId("rollout-status")).toContainText("active");
    await expect(page.getByTestId("rollout-status")).toContainText("stage 1 of 4 (5 %)");
    // Every part of the page shows the new state without a reload: header and slider alike.
    await expect(page.getByTestId("flag-state")).toContainText("Percentage: 5 %");
    await expect(page.getByText("Percentage rollout: 5 %")).toBeVisible();

    // A gate without data is neutral, says so, and says what it was computed over.
    const gates = page.getByTestId("canary-gates");
    await expect(gates.locator("li")).toHaveCount(6);
    const errorRate = gates.locator('[data-gate="job_error_rate"]');
    await expect(errorRate).toHaveAttribute("data-state", "no_data");
    await expect(errorRate).toContainText("no data");
    await expect(errorRate).toContainText("needs < 1 %");
    await expect(errorRate.getByTestId("gate-basis")).toContainText("0 finished runs");
    await expect(gates.locator('[data-gate="critical_bug_reports"]')).toHaveAttribute("data-state", "green");
    await expect(page.getByTestId("waiting-for")).toBeVisible();
    // Empty charts say so instead of drawing bare axes.
    // (Other specs may have left runs in some series; FatSecret sync has none before the next test.)
    await expect(page.getByTestId("metric-chart")).toHaveCount(4);
    await expect(
      page.getByTestId("metric-chart").filter({ hasText: "no runs in this window" }).first(),
    ).toBeVisible();
    // Advance is refused up front, with its reasons on the button.
    const advance = page.getByRole("button", { name: "Advance to 25 %", exact: true });
    await expect(advance).toBeDisabled();
    // (The e2e build shortens every soak to 0 minutes, so what holds it is the gates without data.)
    await expect(advance).toHaveAttribute("title", /no data/);

    await confirm(page, "Roll back", "e2e: canary shows wrong macro totals");
    await expect(page.getByTestId("rollout-status")).toContainText("rolled back");
    await expect(page.getByTestId("enrolled-count")).toHaveText("0");
    await expect(page.getByText("Percentage rollout: 0 %")).toBeVisible();
    await expect(page.getByTestId("flag-rollbacks")).toContainText("e2e: canary shows wrong macro totals");

    await page.goto("/admin/rollbacks");
    await expect(page.getByText("e2e: canary shows wrong macro totals")).toBeVisible();
    await page.goto("/admin/audit");
    await expect(page.getByText("e2e: canary shows wrong macro totals").first()).toBeVisible();
    await expect(
      page
        .getByTestId("audit-sentence")
        .filter({ hasText: `staff@meal-planner.local enrolled 3 beta testers in ${FLAG}` })
        .first(),
    ).toBeVisible();
  });

  test("with real canary runs the gates go green and staff advance the rollout past 5 %", async ({
    page,
  }) => {
    // The e2e build runs with every soak shortened to 0 minutes (ROLLOUT_STAGES in scripts/e2e.ts).
    await page.goto(FLAG_URL);
    await confirm(page, "Enrol beta testers");
    await expect(page.getByTestId("enrolled-count")).toHaveText("3");
    await confirm(page, "Create staged rollout");
    await confirm(page, "Start canary (5 %)");
    await expect(page.getByTestId("rollout-status")).toContainText("stage 1 of 4 (5 %)");

    // A week for the canary: plans, plan-ready e-mails and FatSecret diary syncs, by the real functions.
    const canary = await sql<{ email: string }>(
      `SELECT u.email FROM users u JOIN user_feature_flags f ON f.user_id = u.id
        WHERE f.flag_name = $1 AND f.enabled ORDER BY u.email`,
      [FLAG],
    );
    expect(canary).toHaveLength(3);
    const week = JSON.parse(
      execFileSync("npx", ["tsx", "e2e/support/run-canary-week.ts", ...canary.map((c) => c.email)], {
        encoding: "utf8",
        env: process.env,
      })
        .trim()
        .split("\n")
        .at(-1) ?? "{}",
    ) as { people: number; diaryEntries: number };
    expect(week.people).toBe(3);
    expect(week.diaryEntries).toBeGreaterThan(0);

    await page.reload();
    const gates = page.getByTestId("canary-gates");
    await expect(gates.locator('[data-gate="fatsecret_sync_success"]')).toHaveAttribute(
      "data-state",
      "green",
    );
    await expect(gates.locator('[data-gate="job_error_rate"]')).toHaveAttribute("data-state", "green");
    const advance = page.getByRole("button", { name: "Advance to 25 %", exact: true });
    await expect(advance).toBeEnabled();
    await confirm(page, "Advance to 25 %");
    await expect(page.getByTestId("rollout-status")).toContainText("stage 2 of 4 (25 %)");
    await expect(page.getByText("Percentage rollout: 25 %")).toBeVisible();

    // Leave the flag as the other specs expect it: rolled back, nobody enrolled.
    await confirm(page, "Roll back", "e2e: advance checked, back to the start");
    await expect(page.getByTestId("rollout-status")).toContainText("rolled back");
  });
});

test.describe("the console is staff-only", () => {
  const routes = [
    "/admin",
    FLAG_URL,
    "/admin/jobs",
    "/admin/rollbacks",
    "/admin/audit",
    "/admin/outbox",
    "/admin/feedback",
  ];

  test("a plain user gets 403 on every console route", async ({ browser }) => {
    const context = await browser.newContext({ storageState: USER_STATE });
    const page = await context.newPage();
    for (const route of routes) {
      const response = await page.goto(route);
      expect(response?.status(), route).toBe(403);
    }
    await context.close();
  });

  test("a plain user's or a stranger's call to a console server action is refused and changes nothing", async ({
    browser,
    baseURL,
  }) => {
    // Record the real request the console sends when staff switch the flag on…
    const staff = await browser.newContext({ storageState: STAFF_STATE });
    const page = await staff.newPage();
    await page.goto(FLAG_URL);
    const captured = page.waitForRequest(
      (req: Request) => req.method() === "POST" && "next-action" in req.headers(),
    );
    await confirm(page, "Turn on for everyone");
    const action = await captured;
    await expect(page.getByTestId("flag-state")).toContainText("Global: on");
    await confirm(page, "Turn off for everyone");
    await expect(page.getByTestId("flag-state")).toContainText("Global: off");

    // …then replay it with a plain user's session, and with none.
    for (const storageState of [USER_STATE, undefined]) {
      const caller = await playwrightRequest.newContext({
        baseURL,
        ...(storageState ? { storageState } : {}),
      });
      const response = await caller.post(action.url(), {
        headers: {
          "next-action": action.headers()["next-action"] ?? "",
          "content-type": action.headers()["content-type"] ?? "text/plain;charset=UTF-8",
          accept: "text/x-component",
          // Same-site, so the request reaches the action's own authorization (a foreign or missing Origin
          // is refused before that; e2e/security.spec.ts covers it).
          origin: new URL(baseURL ?? "").origin,
        },
        data: action.postData() ?? "",
      });
      const body = await response.text();
      expect(body).toMatch(storageState ? /Staff only\./ : /Please sign in again\./);
      await caller.dispose();
    }
    await page.reload();
    await expect(page.getByTestId("flag-state")).toContainText("Global: off");
    await staff.close();
  });
});
