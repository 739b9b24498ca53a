/**
 * Seeds what the unsubscribe spec needs without going through the UI: a fresh person, and a plan-ready
 * e-mail for them queued and delivered through the real outbox and Resend SDK to the run's Resend stand-in
 * (`RESEND_BASE_URL`). Prints `{ "userId", "outboxId", "email" }` as JSON. Run with tsx, in the env that
 * scripts/e2e.ts gives Playwright.
 */
import { db } from "@/lib/db";
import { deliverOutboxEmail, enqueueEmail } from "@/lib/email";
import { PlanReadyEmail } from "@/emails/plan-ready";

const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const email = `unsubscribe-e2e-${stamp}@example.com`;
const user = await db.user.create({
  data: { id: `e2e-unsub-${stamp}`, name: "Robin E2E", email, emailVerified: true },
});
await db.dietaryPreference.create({ data: { userId: user.id, emailOptIn: true } });

const row = await enqueueEmail({
  userId: user.id,
  to: email,
  template: "plan-ready",
  // The preview's `appUrl` is dropped by the payload schema: links are built from the server's APP_URL.
  payload: { ...PlanReadyEmail.PreviewProps, firstName: "Robin" },
  idempotencyKey: `plan-ready:e2e:${stamp}`,
});
const delivered = await deliverOutboxEmail(row.id);
if (delivered.outcome !== "sent") throw new Error(`expected the e-mail to be sent, got ${delivered.outcome}`);
console.log(JSON.stringify({ userId: user.id, outboxId: row.id, email }));
await db.$disconnect();
