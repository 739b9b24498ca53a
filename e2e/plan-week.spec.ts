import { expect, test } from "@playwright/test";
import { OTHER_USER, SWAP_USER, USER, USER_STATE } from "./fixtures";
import { enrol } from "./db";
import { pageSignedInAs } from "./helpers";

// Another spec may have rolled the generation flag back; the seed had enrolled these beta testers.
test.beforeAll(async () => {
  await enrol("phase3_generation_engine", [USER.email, SWAP_USER.email, OTHER_USER.email]);
});

test.describe("a person's week", () => {
  test.use({ storageState: USER_STATE });

  test("the week shows 7 days of meal cards with day totals; a card opens its recipe, scaled", async ({
    page,
  }) => {
    await page.goto("/plan");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("plan-days").locator(":scope > li")).toHaveCount(7);
    await expect(page.getByTestId("days-on-target")).toContainText("of 7 days");
    const firstMeal = page.getByTestId("meal-card").first();
    await expect(firstMeal.getByText(/kcal/)).toBeVisible();
    const name = (await firstMeal.getByRole("link").textContent())?.trim() ?? "";
    await firstMeal.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByTestId("portions")).toBeVisible();
    await expect(page.getByTestId("ingredients").locator("li").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Steps" })).toBeVisible();
  });

  test("history lists past weeks with adherence and opens one read-only", async ({ page }) => {
    await page.goto("/plan/history");
    const weeks = page.getByTestId("history").locator("li");
    await expect(weeks).toHaveCount(4);
    await expect(weeks.first()).toContainText("/7 days on target");
    await weeks.last().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Week of");
    await expect(page.getByTestId("meal-card").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /^Swap/ })).toHaveCount(0);
  });

  test("the prep page shows the batch-prep sessions with minutes", async ({ page }) => {
    await page.goto("/plan/prep");
    await expect(page.getByRole("heading", { level: 1, name: "Prep timeline" })).toBeVisible();
    await expect(page.getByText(/min in all/)).toBeVisible();
  });

  test("a ticked grocery item stays ticked after a reload", async ({ page }) => {
    await page.goto("/grocery");
    const box = page.getByTestId("grocery-list").getByRole("checkbox").first();
    const label = (await box.locator("xpath=..").textContent()) ?? "";
    await expect(box).not.toBeChecked();
    const saved = (r: { request(): { method(): string }; url(): string }) =>
      r.request().method() === "POST" && r.url().includes("/grocery");
    // Wait for the save, not just the optimistic tick.
    await Promise.all([page.waitForResponse(saved), box.check()]);
    await page.reload();
    const again = page.getByTestId("grocery-list").getByRole("checkbox").first();
    await expect(again.locator("xpath=..")).toHaveText(label);
    await expect(again).toBeChecked();
    await Promise.all([page.waitForResponse(saved), again.uncheck()]);
  });

  test("export downloads JSON with the person's own data only", async ({ page }) => {
    await page.goto("/settings");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download my data" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^meal-planner-data-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await (
      await download.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString());
    const data = JSON.parse(text);
    expect(data.profile.email).toBe(USER.email);
    expect(data.plans.length).toBe(4);
    expect(text).not.toContain(SWAP_USER.email);
    expect(text).not.toContain(OTHER_USER.email);
    expect(text).not.toMatch(/"password"|access_?token/i);
  });
});

test.describe("changing the plan", () => {
  test("swap shows the new day totals first; confirming changes the day and the grocery list; undo restores", async ({
    browser,
  }) => {
    const page = await pageSignedInAs(browser, SWAP_USER);
    await page.goto("/grocery");
    const groceryBefore = await page.getByTestId("grocery-list").innerText();
    await page.goto("/plan");
    const day = page.getByTestId("day-3");
    const card = day
      .getByTestId("meal-card")
      .filter({ hasNot: page.getByText("Leftovers") })
      .first();
    const mealId = await card.getAttribute("data-meal-id");
    const nameBefore = (await card.getByRole("link").textContent())?.trim();

    await card.getByRole("button", { name: /^Swap/ }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByTestId("swap-replacement")).toBeVisible();
    const replacement = (await dialog.getByTestId("swap-replacement").textContent())?.trim();
    const kcalAfter = (await dialog.getByTestId("swap-after-kcal").textContent())?.replace(/\D/g, "");
    expect(replacement).not.toBe(nameBefore);
    await dialog.getByRole("button", { name: "Swap meal" }).click();
    await expect(dialog).toBeHidden();
    const swapped = page.locator(`[data-meal-id="${mealId}"]`);
    await expect(swapped.getByRole("link")).toHaveText(replacement ?? "");
    await expect(page.getByTestId("day-totals-3")).toHaveAttribute("data-kcal", kcalAfter ?? "");
    // (The best replacement can land on the same rounded kcal: the totals are checked against the preview.)

    await page.goto("/grocery");
    expect(await page.getByTestId("grocery-list").innerText()).not.toBe(groceryBefore);

    await page.goto("/plan");
    await page.getByRole("button", { name: "Undo last change" }).click();
    await expect(page.locator(`[data-meal-id="${mealId}"]`).getByRole("link")).toHaveText(nameBefore ?? "");
    await page.context().close();
  });

  test("a locked meal stays when the rest of the week is planned again", async ({ browser }) => {
    const page = await pageSignedInAs(browser, SWAP_USER);
    await page.goto("/plan");
    const card = page.getByTestId("day-1").getByTestId("meal-card").first();
    const mealId = await card.getAttribute("data-meal-id");
    const name = (await card.getByRole("link").textContent())?.trim() ?? "";
    const weekBefore = await page.getByTestId("plan-days").getByRole("link").allTextContents();
    await card.getByRole("button", { name: /^Lock/ }).click();
    await expect(card.getByRole("button", { name: /^Unlock/ })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "Plan the rest again" }).click();
    await expect(page.getByRole("status").filter({ hasText: "locked meal" })).toContainText(
      "1 locked meal kept",
    );
    await page.reload();
    const kept = page.locator(`[data-meal-id="${mealId}"]`);
    await expect(kept.getByRole("link")).toHaveText(name);
    await expect(kept).toContainText("locked");
    expect(await page.getByTestId("plan-days").getByRole("link").allTextContents()).not.toEqual(weekBefore);
    await page.context().close();
  });

  test("another person's recipe or past week answers 404", async ({ browser }) => {
    const owner = await pageSignedInAs(browser, SWAP_USER);
    await owner.goto("/plan");
    const href = await owner.getByTestId("meal-card").first().getByRole("link").getAttribute("href");
    await owner.context().close();

    const other = await pageSignedInAs(browser, OTHER_USER);
    const response = await other.goto(href ?? "/plan/meals/none");
    expect(response?.status()).toBe(404);
    await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
    expect((await other.goto("/plan/history/1999-01-04"))?.status()).toBe(404);
    await other.context().close();
  });
});
