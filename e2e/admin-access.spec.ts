import { expect, test } from "@playwright/test";
import { STAFF_STATE, USER_STATE } from "./fixtures";

test.describe("as staff", () => {
  test.use({ storageState: STAFF_STATE });

  test("reaches the rollout console", async ({ page }) => {
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Rollout console" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "phase3_generation_engine" })).toBeVisible();
  });
});

test.describe("as a plain user", () => {
  test.use({ storageState: USER_STATE });

  test("is refused the console with a 403", async ({ page }) => {
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Rollout console" })).toHaveCount(0);
  });
});
