/**
 * Server actions and pages read the session through `next/headers`, which only exists inside a Next.js
 * request. Tests that call them directly mock that one module with these headers; everything behind it (the
 * session lookup in PostgreSQL, the action client, the use cases) is the real code.
 */
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

export const requestHeaders = { current: new Headers() };

export type Who = "anonymous" | "user" | "staff";

let address = 0;

/** Creates a person with the role and returns the cookie of a fresh session. */
export async function signedInCookie(email: string, role: "user" | "staff"): Promise<string> {
  await auth.api.signUpEmail({
    body: { email, password: "correct-horse", name: email.split("@")[0] ?? email },
  });
  await db.user.update({ where: { email }, data: { role } });
  const response = await auth.handler(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "http://localhost:3000",
        [CLIENT_ADDRESS_HEADER]: `203.0.113.${++address % 250}`,
      },
      body: JSON.stringify({ email, password: "correct-horse" }),
    }),
  );
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

export function actAs(cookie: string | null): void {
  requestHeaders.current = new Headers(cookie ? { cookie } : {});
}

/** What a page's access check threw: a redirect to sign in, a 403, a 404, or nothing (it rendered). */
export async function pageOutcome(render: () => Promise<unknown>): Promise<string> {
  try {
    await render();
    return "rendered";
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect:${digest.split(";")[2] ?? ""}`;
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return `http:${digest.split(";")[1]}`;
    throw error;
  }
}
