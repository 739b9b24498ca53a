import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { STAFF_STATE, USER_STATE } from "./fixtures";
import { expectNoHorizontalScroll } from "./helpers";

const VIEWPORTS = [
  { name: "390", width: 390, height: 844 },
  { name: "1280", width: 1280, height: 900 },
] as const;
// Kept as test artifacts: test-results/<test>/<page>-<width>.png, attached to the report
const SCREENSHOT_PAGES = new Set(["plan", "recipe", "grocery", "settings"]);

// axe walks the whole DOM; on a busy 2-core machine one page can take longer than the default 30 s.
test.describe.configure({ timeout: 120_000 });

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

async function check(
  page: Page,
  name: string,
  path: string,
  viewport: (typeof VIEWPORTS)[number],
  { isWidthChecked = true } = {},
) {
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expect(page.locator("h1")).toHaveCount(1);
  expect(await page.title()).toMatch(/Meal Planner|Rollout console/);
  if (isWidthChecked) await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  if (SCREENSHOT_PAGES.has(name)) {
    const path = test.info().outputPath(`${name}-${viewport.name}.png`);
    await page.screenshot({ path, fullPage: true });
    await test.info().attach(`${name}-${viewport.name}`, { path, contentType: "image/png" });
  }
}

/** Links that depend on the seeded data: a meal's recipe and a past week. */
async function seededLinks(page: Page): Promise<Record<string, string>> {
  await page.goto("/plan");
  const recipe = await page.getByTestId("meal-card").first().getByRole("link").getAttribute("href");
  await page.goto("/plan/history");
  const pastWeek = await page.getByTestId("history").getByRole("link").last().getAttribute("href");
  return { recipe: recipe ?? "/plan", "past-week": pastWeek ?? "/plan/history" };
}

const ANONYMOUS = { landing: "/", "sign-in": "/sign-in", "sign-up": "/sign-up" };
const USER_PAGES: Record<string, string | null> = {
  home: "/",
  plan: "/plan",
  recipe: null,
  prep: "/plan/prep",
  history: "/plan/history",
  "past-week": null,
  grocery: "/grocery",
  settings: "/settings",
  onboarding: "/onboarding",
};
const CONSOLE_PAGES = [
  "/admin",
  "/admin/flags",
  "/admin/flags/phase3_generation_engine",
  "/admin/jobs",
  "/admin/rollbacks",
  "/admin/audit",
  "/admin/outbox",
];

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.name} px`, () => {
    for (const [name, path] of Object.entries(ANONYMOUS)) {
      test(`${name} is accessible and fits`, async ({ page }) => {
        await check(page, name, path, viewport);
      });
    }

    test.describe("signed in, with a seeded plan", () => {
      test.use({ storageState: USER_STATE });
      for (const [name, fixed] of Object.entries(USER_PAGES)) {
        test(`${name} is accessible and fits`, async ({ page }) => {
          const path = fixed ?? (await seededLinks(page))[name] ?? "/";
          await check(page, name, path, viewport);
        });
      }
    });

    test.describe("console, signed in as staff", () => {
      test.use({ storageState: STAFF_STATE });
      for (const path of CONSOLE_PAGES) {
        test(`${path} is accessible`, async ({ page }) => {
          // The console's wide tables are the console's own layout work; here it must pass axe.
          await check(page, path, path, viewport, { isWidthChecked: false });
        });
      }
    });
  });
}

test.describe("header at 390 px", () => {
  test.use({ storageState: USER_STATE });
  test("the menu button opens the links, marks the current page and closes after navigating", async ({
    page,
  }) => {
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
