import { expect, test } from "@playwright/test";
import { STAFF_STATE, USER_STATE } from "./fixtures";

// The e2e database is freshly seeded (people, flags, recipes) and no job has run, so these pages show their
// empty states; the queries behind them are covered with rows by lib/admin/*.int.test.ts.
const PAGES = [
  {
    path: "/admin/jobs",
    heading: "Jobs",
    testId: "job-executions-table",
    empty: "No job runs match these filters.",
  },
  {
    path: "/admin/rollbacks",
    heading: "Rollbacks",
    testId: "rollback-events-table",
    empty: "No rollback events yet.",
  },
  {
    path: "/admin/audit",
    heading: "Audit log",
    testId: "audit-log-table",
    empty: "No audit entries match these filters.",
  },
  {
    path: "/admin/outbox",
    heading: "E-mail outbox",
    testId: "email-outbox-table",
    empty: "No e-mails match these filters.",
  },
] as const;

test.describe("as staff", () => {
  test.use({ storageState: STAFF_STATE });

  for (const { path, heading, testId, empty } of PAGES) {
    test(`${path} shows its heading and its table or empty state`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.getByTestId(testId).or(page.getByTestId(`${testId}-empty`))).toBeVisible();
      if ((await page.getByTestId(testId).count()) === 0)
        await expect(page.getByTestId(`${testId}-empty`)).toHaveText(empty);
    });
  }

  test("the console navigation reaches every page", async ({ page }) => {
    await page.goto("/admin");
    const nav = page.getByRole("navigation").filter({ has: page.getByRole("link", { name: "Overview" }) });
    for (const { path, heading } of PAGES) {
      await nav.getByRole("link", { name: heading, exact: true }).click();
      await expect(page).toHaveURL(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    }
    await expect(nav.getByRole("link", { name: "Flags" })).toHaveAttribute("href", "/admin/flags");
  });

  test("the jobs page shows every section: no failures yet, and the demo people's weekly jobs", async ({
    page,
  }) => {
    await page.goto("/admin/jobs");
    await expect(page.getByRole("heading", { name: "Failed runs grouped by error message" })).toBeVisible();
    await expect(page.getByTestId("failed-run-groups-table-empty")).toHaveText(
      "No failed runs match these filters.",
    );
    await expect(page.getByRole("heading", { name: "Scheduled jobs" })).toBeVisible();
    // The seed gives everyone with targets their weekly job (and its plan-ready e-mail row).
    await expect(page.getByTestId("scheduled-jobs-table")).toContainText("WeeklyGeneration");
  });

  test("job filters round-trip through the URL", async ({ page }) => {
    await page.goto("/admin/jobs?status=failed&type=AutoSync&user=ana&from=2026-03-01T08:30");
    await expect(page.getByLabel("Status")).toHaveValue("failed");
    await expect(page.getByLabel("Job type")).toHaveValue("AutoSync");
    await expect(page.getByLabel("User e-mail contains")).toHaveValue("ana");
    await expect(page.getByLabel("From (UTC)")).toHaveValue("2026-03-01T08:30");
    await expect(page.getByTestId("job-executions-table-empty")).toBeVisible();

    await page.getByLabel("Status").selectOption("completed");
    await page.getByLabel("User e-mail contains").fill("");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]status=completed(&|$)/);
    await expect(page).toHaveURL(/[?&]type=AutoSync(&|$)/);
    await expect(page.getByLabel("Status")).toHaveValue("completed");

    await page.getByRole("link", { name: "Clear", exact: true }).click();
    await expect(page).toHaveURL("/admin/jobs");
    await expect(page.getByLabel("Status")).toHaveValue("");
    await expect(page.getByLabel("Job type")).toHaveValue("");
  });

  test("audit and outbox filters round-trip through the URL", async ({ page }) => {
    await page.goto("/admin/audit?action=flag.kill_switch&actor=staff%40");
    await expect(page.getByLabel("Action")).toHaveValue("flag.kill_switch");
    await expect(page.getByLabel("Actor e-mail contains")).toHaveValue("staff@");

    await page.goto("/admin/outbox");
    await page.getByLabel("Status").selectOption("bounced");
    await page.getByLabel("Template").fill("plan-ready");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/admin\/outbox\?status=bounced&template=plan-ready$/);
    await expect(page.getByLabel("Status")).toHaveValue("bounced");
    await expect(page.getByTestId("email-outbox-table-empty")).toBeVisible();
  });

  for (const { path, query, message } of [
    { path: "/admin/jobs", query: "status=bogus", message: /Unknown status “bogus”/ },
    { path: "/admin/jobs", query: "from=yesterday", message: /From must be a date and time/ },
    { path: "/admin/jobs", query: "older=yesterday", message: /That page link is not valid any more/ },
    { path: "/admin/outbox", query: "status=bogus", message: /Unknown status “bogus”/ },
    { path: "/admin/audit", query: "older=0", message: /That page link is not valid any more/ },
    { path: "/admin/outbox", query: "newer=last", message: /That page link is not valid any more/ },
    { path: "/admin/rollbacks", query: "page=last", message: /Page must be a whole number/ },
  ]) {
    test(`${path}?${query} explains the bad filter instead of failing`, async ({ page }) => {
      const response = await page.goto(`${path}?${query}`);
      expect(response?.status()).toBe(200);
      const alert = page.getByRole("alert").filter({ hasText: "These filters cannot be applied" });
      await expect(alert).toContainText(message);
      await expect(alert.getByRole("link", { name: "Clear the filters" })).toHaveAttribute("href", path);
    });
  }
});

test.describe("as a plain user", () => {
  test.use({ storageState: USER_STATE });

  for (const { path, heading } of PAGES) {
    test(`${path} is refused with a 403`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: heading })).toHaveCount(0);
    });
  }
});
