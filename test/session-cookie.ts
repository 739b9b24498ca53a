import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

/** Signs a new person up with `role` and signs them in through better-auth; the session cookie to send. */
export async function sessionCookie(email: string, role: "user" | "staff"): Promise<string> {
  await auth.api.signUpEmail({ body: { email, password: "correct-horse", name: email } });
  await db.user.update({ where: { email }, data: { role } });
  const response = await auth.handler(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "http://localhost:3000",
        [CLIENT_ADDRESS_HEADER]: "198.51.100.1",
      },
      body: JSON.stringify({ email, password: "correct-horse" }),
    }),
  );
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}
