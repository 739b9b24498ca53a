import { test as setup, expect } from "@playwright/test";
import { STAFF, STAFF_STATE, USER, USER_STATE } from "./fixtures";

// Sign in through the API (not the UI) once per role and keep the cookies for the specs.
for (const [name, person, file] of [
  ["staff", STAFF, STAFF_STATE],
  ["user", USER, USER_STATE],
] as const) {
  setup(`sign in as ${name}`, async ({ request }) => {
    const response = await request.post("/api/auth/sign-in/email", { data: person });
    expect(response.status(), await response.text()).toBe(200);
    await request.storageState({ path: file });
  });
}
