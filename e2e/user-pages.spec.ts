import { expect, test } from "@playwright/test";
import { USER_STATE } from "./fixtures";

test.use({ storageState: USER_STATE });

test("a person updates their own targets, and a bad value is explained, not saved", async ({ page }) => {
  await page.goto("/settings");
  await page.getByLabel("Energy (kcal)").fill("100");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toContainText("at least 800 kcal");

  await page.getByLabel("Energy (kcal)").fill("2400");
  await page.getByLabel("Protein (g)").fill("150");
  await page.getByLabel("Carbohydrate (g)").fill("260");
  await page.getByLabel("Fat (g)").fill("80");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved. Your next plan uses these settings.");
  await page.goto("/");
  await expect(page.getByTestId("targets")).toContainText("2400 kcal");
});

test("a person with a plan sees this week's grocery list", async ({ page }) => {
  await page.goto("/grocery");
  await expect(page.getByText("No plan yet, so no grocery list.")).toHaveCount(0);
});
