import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: "user" | "staff";
}

/**
 * The signed-in user of this request, or null. Memoised per request: the header, the layout and the page
 * all ask, and each uncached ask is a session lookup in Postgres.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  return getSessionUserFromHeaders(await headers());
});

/** For route handlers, which have the request's own headers. */
export async function getSessionUserFromHeaders(requestHeaders: Headers): Promise<SessionUser | null> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, email, name } = session.user;
  const role = (session.user as { role?: string }).role === "staff" ? "staff" : "user";
  return { id, email, name, role };
}

/** For pages: sends anonymous visitors to sign in, then back. */
export async function requireUser(returnTo = "/"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For console pages: anonymous → sign in; signed-in non-staff → 403. Checked on the server, every request. */
export async function requireStaff(returnTo = "/admin"): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "staff") forbidden();
  return user;
}
