import { expect, request as playwrightRequest, test, type Page, type Request } from "@playwright/test";
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
    // The demo seed enrolled the beta testers already; enrolling them again changes nothing.
    await expect(page.getByTestId("enrolled-count")).toHaveText("3");

    // The confirmation states the effect before anything happens.
    await page.getByRole("button", { name: "Enrol beta testers", exact: true }).click();
    await expect(page.getByRole("dialog").getByTestId("confirm-effect")).toContainText("up to 3 of 51 users");
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    await confirm(page, "Enrol beta testers");
    await expect(page.getByTestId("enrolled-count")).toHaveText("3");

    await confirm(page, "Create staged rollout");
    await confirm(page, "Start canary (5 %)");
    await expect(page.getByTestId("rollout-status")).toContainText("active");
    await expect(page.getByTestId("rollout-status")).toContainText("stage 1 of 4 (5 %)");

    const gates = page.getByTestId("canary-gates");
    await expect(gates.locator("li")).toHaveCount(5);
    await expect(gates.locator('[data-gate="job_error_rate"]')).toContainText("no data yet");
    await expect(gates.locator('[data-gate="job_error_rate"]')).toContainText("needs < 1 %");
    await expect(page.getByTestId("waiting-for")).toBeVisible();
    // The 24-hour charts draw (axes at least, before any data).
    await expect(page.locator("figure .recharts-wrapper > svg.recharts-surface")).toHaveCount(4);

    await confirm(page, "Roll back", "e2e: canary shows wrong macro totals");
    await expect(page.getByTestId("rollout-status")).toContainText("rolled back");
    await expect(page.getByTestId("enrolled-count")).toHaveText("0");
    await expect(page.getByTestId("flag-rollbacks")).toContainText("e2e: canary shows wrong macro totals");

    await page.goto("/admin/rollbacks");
    await expect(page.getByText("e2e: canary shows wrong macro totals")).toBeVisible();
    await page.goto("/admin/audit");
    await expect(page.getByText("e2e: canary shows wrong macro totals").first()).toBeVisible();
  });
});

test.describe("the console is staff-only", () => {
  const routes = ["/admin", FLAG_URL, "/admin/jobs", "/admin/rollbacks", "/admin/audit", "/admin/outbox"];

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
