import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { STAFF_STATE, USER_STATE } from "./fixtures";
import { expectNoHorizontalScroll } from "./helpers";

const VIEWPORTS = [
  { name: "390", width: 390, height: 844 },
  { name: "1280", width: 1280, height: 900 },
] as const;
// Screenshots kept as test artifacts (test-results/screenshots/…).
const SCREENSHOT_PAGES = new Set(["plan", "recipe", "grocery", "settings"]);

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

async function check(page: Page, name: string, path: string, viewport: (typeof VIEWPORTS)[number]) {
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expect(page.locator("h1")).toHaveCount(1);
  expect(await page.title()).toMatch(/Meal Planner|Rollout console/);
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  if (SCREENSHOT_PAGES.has(name)) {
    await page.screenshot({
      path: test.info().outputPath(`../screenshots/${name}-${viewport.name}.png`),
      fullPage: true,
    });
  }
}

test.describe("anonymous pages", () => {
  for (const viewport of VIEWPORTS) {
    test(`landing, sign-in and sign-up at ${viewport.name} px`, async ({ page }) => {
      for (const [name, path] of [
        ["landing", "/"],
        ["sign-in", "/sign-in"],
        ["sign-up", "/sign-up"],
      ] as const) {
        await check(page, name, path, viewport);
      }
    });
  }
});

test.describe("user pages, seeded with a plan", () => {
  test.use({ storageState: USER_STATE });
  for (const viewport of VIEWPORTS) {
    test(`every user page at ${viewport.name} px`, async ({ page }) => {
      await page.goto("/plan");
      const recipe =
        (await page.getByTestId("meal-card").first().getByRole("link").getAttribute("href")) ?? "";
      await page.goto("/plan/history");
      const pastWeek =
        (await page.getByTestId("history").getByRole("link").last().getAttribute("href")) ?? "";
      for (const [name, path] of [
        ["home", "/"],
        ["plan", "/plan"],
        ["recipe", recipe],
        ["prep", "/plan/prep"],
        ["history", "/plan/history"],
        ["past-week", pastWeek],
        ["grocery", "/grocery"],
        ["settings", "/settings"],
        ["onboarding", "/onboarding"],
      ] as const) {
        await check(page, name, path, viewport);
      }
    });
  }

  test("at 390 px the menu button opens the links and marks the current page", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/grocery");
    await page.getByRole("button", { name: "Menu" }).click();
    const menu = page.locator("#mobile-menu");
    await expect(menu.getByRole("link", { name: "Grocery list" })).toHaveAttribute("aria-current", "page");
    await expect(menu.getByRole("button", { name: "Sign out" })).toBeVisible();
    await menu.getByRole("link", { name: "Settings" }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(menu).toBeHidden();
  });
});

test.describe("console pages, seeded", () => {
  test.use({ storageState: STAFF_STATE });
  for (const viewport of VIEWPORTS) {
    test(`every console page at ${viewport.name} px`, async ({ page }) => {
      for (const path of [
        "/admin",
        "/admin/flags",
        "/admin/flags/phase3_generation_engine",
        "/admin/jobs",
        "/admin/rollbacks",
        "/admin/audit",
        "/admin/outbox",
      ]) {
        await check(page, path, path, viewport);
      }
    });
  }
});
