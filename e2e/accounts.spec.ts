import { expect, test, type Page } from "@playwright/test";
import { enrol } from "./db";
import { uniqueEmail } from "./helpers";

async function signUp(page: Page, email: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Nova Tester");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("nova-password-2026");
  await page.getByRole("button", { name: "Create account" }).click();
}

test("a new person is taken through onboarding and ends on their first plan", async ({ browser }) => {
  const email = uniqueEmail("nova");
  const person = await (await browser.newContext()).newPage();
  await signUp(person, email);
  await expect(person).toHaveURL(/\/onboarding$/);

  // Weekly plans are rolling out: switch them on for this person, as staff would from the console.
  await enrol("phase3_generation_engine", [email]);

  // Step 1: targets from body data; a bad value is explained beside its field.
  await person.getByLabel("Energy (kcal)").fill("100");
  await person.getByRole("button", { name: "Next" }).click();
  await expect(person.locator("#kcal-error")).toContainText("at least 800 kcal");
  await person.getByText("Work them out from my body data").click();
  await person.getByLabel("Weight (kg)").fill("64");
  await person.getByRole("button", { name: "Calculate my targets" }).click();
  await expect(person.getByTestId("estimate-explanation")).toContainText("kcal at rest");
  await expect(person.getByTestId("atwater-check")).toContainText("Protein × 4");
  await person.getByRole("button", { name: "Next" }).click();

  // Step 2: food, with a disliked ingredient found by name.
  await person.getByLabel("Diet").selectOption("vegetarian");
  await person.getByLabel("Ingredients you do not want").fill("mushroom");
  await person.getByTestId("dislike-options").getByRole("button").first().click();
  await expect(person.getByTestId("dislikes").locator("li")).toHaveCount(1);
  await person.getByRole("button", { name: "Next" }).click();

  // Step 3: the time zone is a list, preset from the browser.
  await expect(person.getByLabel("Time zone", { exact: true })).toBeVisible();
  await person.getByRole("button", { name: "Finish and make my plan" }).click();
  await expect(person).toHaveURL(/\/plan$/);
  await expect(person.getByTestId("plan-days").locator(":scope > li")).toHaveCount(7);
  await person.context().close();
});

test("deleting an account signs the person out and the e-mail can sign up again", async ({ browser }) => {
  const email = uniqueEmail("gone");
  const page = await (await browser.newContext()).newPage();
  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  await page.getByRole("button", { name: "Skip for now" }).click();
  await expect(page).toHaveURL(/\/plan$/);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.locator("#confirmation-error")).toContainText("DELETE");
  await page.getByLabel("Type DELETE to confirm").fill("DELETE");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/\?account=deleted$/);
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in/);

  const signIn = await page.request.post("/api/auth/sign-in/email", {
    data: { email, password: "nova-password-2026" },
  });
  expect(signIn.status()).toBe(401);
  await signUp(page, email);
  await expect(page).toHaveURL(/\/onboarding$/);
  await page.context().close();
});
