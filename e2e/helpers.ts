import { expect, test, type Browser, type Page } from "@playwright/test";

/** A fresh browser context signed in as `person` through the API (never by clicking through the form). */
export async function pageSignedInAs(browser: Browser, person: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // better-auth refuses a sign-in without an Origin header (CSRF) in some request states: always send it.
  const origin = new URL(test.info().project.use.baseURL ?? "http://localhost").origin;
  const response = await page.request.post("/api/auth/sign-in/email", { data: person, headers: { origin } });
  expect(response.status(), await response.text()).toBe(200);
  return page;
}

/** No page may be wider than the viewport (the 390 px header bug). */
export async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${innerWidth}px viewport`).toBeLessThanOrEqual(
    innerWidth,
  );
}

export const uniqueEmail = (label: string) =>
  `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
