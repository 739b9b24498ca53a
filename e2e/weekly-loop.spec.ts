import { expect, test, type Page } from "@playwright/test";
import { enrol, sql } from "./db";
import { USER } from "./fixtures";

const FLAG = "phase3_generation_engine";
// A demo person outside the beta cohort (see prisma/seed/demo-users.ts).
const NOT_IN_COHORT = { email: "ben2@example.com", password: "demo-user-2026" };

/** Flag changes reach the app's cache within its 5-second staleness window: look again until they have. */
async function gotoUntil(page: Page, url: string, testId: string) {
  await expect(async () => {
    await page.goto(url);
    await expect(page.getByTestId(testId)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

async function signIn(page: Page, person: { email: string; password: string }) {
  const response = await page.request.post("/api/auth/sign-in/email", { data: person });
  expect(response.status(), await response.text()).toBe(200);
}

test("a demo beta tester signs in and sees this week's plan, made by the seed", async ({ page }) => {
  // Another spec may have rolled the flag back; the seed had enrolled the beta testers.
  await enrol(FLAG, [USER.email]);
  await signIn(page, USER);
  await gotoUntil(page, "/plan", "plan-days");
  await expect(page.getByTestId("older-plan")).toHaveCount(0);
  await expect(page.getByTestId("plan-days").locator("article")).toHaveCount(7);
  const [row] = await sql<{ weeks: number }>(
    `SELECT count(*)::int AS weeks FROM meal_plans p JOIN users u ON u.id = p.user_id WHERE u.email = $1`,
    [USER.email],
  );
  expect(row?.weeks).toBeGreaterThanOrEqual(4);
});

test("a new sign-up saves targets and gets a plan straight away", async ({ page }) => {
  const email = `new-${Date.now()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Nora New");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("a-long-enough-password-2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
  // Staff enrolled this person in the canary (data set up directly, not through the console).
  await enrol(FLAG, [email]);
  await gotoUntil(page, "/plan", "no-plan");
  await expect(page.getByTestId("no-plan")).toContainText("Set your daily targets first");

  await page.goto("/settings");
  await page.getByLabel("Energy (kcal)").fill("2200");
  await page.getByLabel("Protein (g)").fill("140");
  await page.getByLabel("Carbohydrate (g)").fill("240");
  await page.getByLabel("Fat (g)").fill("75");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toContainText("Saved. Your plan for this week is ready.", {
    timeout: 20_000,
  });
  await page.getByTestId("see-plan").click();
  await expect(page.getByTestId("plan-days").locator("article")).toHaveCount(7);
  const runs = await sql<{ trigger: string; status: string }>(
    `SELECT e.trigger::text, e.status::text FROM job_executions e JOIN users u ON u.id = e.user_id WHERE u.email = $1`,
    [email],
  );
  expect(runs).toEqual([{ trigger: "on_demand", status: "completed" }]);
});

test("a person the flag does not enable sees what is coming and joins the beta", async ({ page }) => {
  await sql(`DELETE FROM beta_program_enrollment WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [
    NOT_IN_COHORT.email,
  ]);
  await signIn(page, NOT_IN_COHORT);
  await page.goto("/plan");
  await expect(page.getByRole("heading", { name: "Weekly meal plans are on their way" })).toBeVisible();
  await page.getByRole("button", { name: "Join the beta" }).click();
  await expect(page.getByTestId("beta-joined")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("beta-joined")).toBeVisible();
  const rows = await sql(
    `SELECT 1 FROM beta_program_enrollment b JOIN users u ON u.id = b.user_id WHERE u.email = $1`,
    [NOT_IN_COHORT.email],
  );
  expect(rows).toHaveLength(1);
});
