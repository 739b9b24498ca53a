import { expect, test } from "@playwright/test";
import { USER } from "./fixtures";

test("a person signs in and out through the pages", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(USER.email);
  await page.getByLabel("Password").fill(USER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText(USER.email);
  await expect(page.getByRole("heading", { name: /Hello/ })).toBeVisible();
  await expect(page.getByTestId("targets")).toContainText("kcal");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
});

test("a wrong password shows a clear error and keeps the person signed out", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(USER.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toHaveText("Wrong e-mail or password.");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an anonymous visitor is sent to sign in before the console", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin/);
});
