import { expect, test } from "@playwright/test";
import { STAFF_STATE, USER, USER_STATE } from "./fixtures";

test.describe.configure({ mode: "serial" });

test("a person reports a bug with its severity and staff triage it in the console", async ({ browser }) => {
  const message = `e2e: the grocery list lost my oat milk ${Date.now()}`;
  const person = await browser.newContext({ storageState: USER_STATE });
  const page = await person.newPage();
  await page.goto("/feedback");
  const form = page.getByTestId("feedback-form");
  await form.getByLabel("Something is broken").check();
  await form.getByRole("combobox").selectOption("high");
  await form.getByRole("textbox").fill("no");
  await form.getByRole("button", { name: "Send" }).click();
  await expect(form.getByRole("alert")).toContainText("at least 5 characters");
  await form.getByRole("textbox").fill(message);
  await form.getByRole("button", { name: "Send" }).click();
  await expect(form.getByRole("status")).toContainText("Thank you");
  await person.close();

  const staff = await browser.newContext({ storageState: STAFF_STATE });
  const triage = await staff.newPage();
  await triage.goto("/admin/feedback");
  const row = triage.getByRole("row").filter({ hasText: message });
  await expect(row).toContainText(USER.email);
  await expect(row).toContainText("high");
  // "medium", not "critical": a critical triage would hold every rollout stage the other specs drive.
  await row.getByLabel("Triage severity").selectOption("medium");
  await expect(row).toContainText("by staff@meal-planner.local");
  await staff.close();
});
