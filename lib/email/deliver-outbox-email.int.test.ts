import type { Resend } from "resend";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  createResendClient,
  deliverOutboxEmail,
  deliverPendingEmails,
  EmailDeliveryError,
  enqueueEmail,
  type DeliverOutboxEmailOptions,
  type PlanReadyPayload,
} from "@/lib/email";
import { unsubscribeKey, verifyUnsubscribeToken } from "@/lib/email";
import { AppError } from "@/lib/errors/app-error";
import { startFakeResend, type FakeResend } from "@/test/fakes/resend-server";
import { resetDatabase } from "@/test/reset-database";

const APP_URL = "https://meals.example.test";
const FROM = "Meal Planner <plans@meal-planner.test>";

const PLAN_READY: PlanReadyPayload = {
  firstName: "Sam",
  weekStart: "2026-11-30",
  daysPlanned: 7,
  mealsPlanned: 21,
  avgKcal: 2140,
  targetKcal: 2200,
  groceryItemCount: 34,
};

let fake: FakeResend;
let client: Resend;
let options: DeliverOutboxEmailOptions;

beforeAll(async () => {
  fake = await startFakeResend();
  // lib/env was validated before the fake had a port, so the client is aimed at it explicitly.
  client = createResendClient({ baseUrl: fake.url });
  options = { client, appUrl: APP_URL, from: FROM };
});

afterAll(async () => {
  await fake.close();
});

beforeEach(async () => {
  await resetDatabase();
  fake.reset();
});

async function createUser(id: string, emailOptIn?: boolean) {
  await db.user.create({ data: { id, name: id, email: `${id}@meal-planner.test` } });
  if (emailOptIn !== undefined) await db.dietaryPreference.create({ data: { userId: id, emailOptIn } });
}

function enqueuePlanReady(key = "plan-ready:u1:2026-11-30", userId?: string) {
  return enqueueEmail({
    userId,
    to: "sam@meal-planner.test",
    template: "plan-ready",
    payload: PLAN_READY,
    idempotencyKey: key,
  });
}

async function deliveryError(promise: Promise<unknown>): Promise<EmailDeliveryError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(EmailDeliveryError);
  return error as EmailDeliveryError;
}

describe("enqueueEmail", () => {
  it("writes one pending row with the rendered subject and the validated payload", async () => {
    await createUser("u1", true);
    const row = await enqueuePlanReady(undefined, "u1");
    expect(row).toMatchObject({
      userId: "u1",
      toAddress: "sam@meal-planner.test",
      template: "plan-ready",
      subject: "Your meal plan for the week of 30 November is ready",
      status: "pending",
      attempts: 0,
      providerMessageId: null,
      sentAt: null,
    });
    expect(row.payload).toEqual(PLAN_READY);
  });

  it("returns the existing row for a repeated idempotency key, also when calls race", async () => {
    const first = await enqueuePlanReady();
    const again = await enqueuePlanReady();
    const racing = await Promise.all([1, 2, 3, 4].map(() => enqueuePlanReady("plan-ready:race")));
    expect(again.id).toBe(first.id);
    expect(new Set(racing.map((row) => row.id)).size).toBe(1);
    expect(await db.emailOutbox.count()).toBe(2);
  });

  it("stores a suppressed row when the person opted out, but not for staff alerts or without preferences", async () => {
    await createUser("opted-out", false);
    await createUser("no-preferences");
    const suppressed = await enqueuePlanReady("plan-ready:opted-out", "opted-out");
    const defaulted = await enqueuePlanReady("plan-ready:no-preferences", "no-preferences");
    const alert = await enqueueEmail({
      userId: "opted-out",
      to: "opted-out@meal-planner.test",
      template: "rollback-alert",
      payload: {
        flagName: "phase3_generation_engine",
        trigger: "manual",
        reason: "Testing the alert",
        actorLabel: "ops@meal-planner.test",
        occurredAt: "2026-11-27T14:05:00.000Z",
        isFlagDisabled: true,
        removedEnrolments: 3,
        cancelledJobs: 2,
      },
      idempotencyKey: "rollback-alert:1:opted-out",
    });
    expect(suppressed.status).toBe("suppressed");
    expect(defaulted.status).toBe("pending");
    expect(alert.status).toBe("pending");

    await expect(deliverOutboxEmail(suppressed.id, options)).resolves.toMatchObject({
      outcome: "not_sendable",
      status: "suppressed",
    });
    expect(fake.sent).toHaveLength(0);
  });

  it("refuses a payload that does not fit the template, or a bad address, without writing", async () => {
    const badPayload = enqueueEmail({
      to: "sam@meal-planner.test",
      template: "plan-ready",
      payload: { ...PLAN_READY, daysPlanned: 9 },
      idempotencyKey: "bad-payload",
    });
    await expect(badPayload).rejects.toBeInstanceOf(AppError);
    await expect(badPayload).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      enqueueEmail({
        to: "not an address",
        template: "plan-ready",
        payload: PLAN_READY,
        idempotencyKey: "x",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.emailOutbox.count()).toBe(0);
  });
});

describe("deliverOutboxEmail", () => {
  it("sends the rendered e-mail through Resend with the row's idempotency key and marks the row sent", async () => {
    const row = await enqueuePlanReady();
    const result = await deliverOutboxEmail(row.id, options);

    expect(fake.sent).toHaveLength(1);
    const request = fake.sent[0];
    expect(request).toMatchObject({ method: "POST", path: "/emails", idempotencyKey: row.idempotencyKey });
    expect(request?.headers.authorization).toMatch(/^Bearer /);
    expect(request?.body).toMatchObject({
      from: FROM,
      to: "sam@meal-planner.test",
      subject: "Your meal plan for the week of 30 November is ready",
    });
    const body = request?.body as { html: string; text: string };
    expect(body.html).toContain(`href="${APP_URL}/plan"`);
    expect(body.text).toContain("2,140 kcal against your target of 2,200 kcal");

    expect(result).toEqual({
      id: row.id,
      outcome: "sent",
      status: "sent",
      providerMessageId: request?.messageId,
    });
    const stored = await db.emailOutbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(stored.providerMessageId).toBe(request?.messageId);
    expect(stored.sentAt).toBeInstanceOf(Date);
  });

  it("does not send a row that is already sent", async () => {
    const row = await enqueuePlanReady();
    await deliverOutboxEmail(row.id, options);
    const again = await deliverOutboxEmail(row.id, options);
    expect(again).toMatchObject({ outcome: "already_sent", status: "sent" });
    expect(fake.sent).toHaveLength(1);
  });

  it("sends once when two workers deliver the same row at the same time", async () => {
    const row = await enqueuePlanReady();
    // The first request is still in flight when the second worker looks at the row.
    fake.setLatency(500);
    const results = await Promise.all([
      deliverOutboxEmail(row.id, options),
      deliverOutboxEmail(row.id, options),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(["in_flight", "sent"]);
    expect(fake.sent).toHaveLength(1);
  });

  it("keeps the row pending after a 500 and reports a retryable error; the retry reuses the key", async () => {
    const row = await enqueuePlanReady();
    fake.failNext(500);
    const error = await deliveryError(deliverOutboxEmail(row.id, options));
    expect(error).toMatchObject({
      isRetryable: true,
      providerStatus: 500,
      code: "UNAVAILABLE",
      outboxId: row.id,
    });

    const failed = await db.emailOutbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(failed).toMatchObject({ status: "pending", attempts: 1, providerMessageId: null, sentAt: null });
    expect(failed.lastError).toMatch(/^500 internal_server_error: /);
    expect(failed.lastError).not.toMatch(/\n|\bat /);

    await expect(deliverOutboxEmail(row.id, options)).resolves.toMatchObject({ outcome: "sent" });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "sent",
      attempts: 2,
      lastError: null,
    });
    expect(fake.sent.map((r) => r.idempotencyKey)).toEqual([row.idempotencyKey, row.idempotencyKey]);
  });

  it("marks the row failed after a 422 and reports a non-retryable error; it is not tried again", async () => {
    const row = await enqueuePlanReady();
    fake.failNext(422);
    const error = await deliveryError(deliverOutboxEmail(row.id, options));
    expect(error).toMatchObject({
      isRetryable: false,
      providerStatus: 422,
      providerErrorName: "validation_error",
    });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "failed",
      attempts: 1,
      lastError: "422 validation_error: Injected failure",
    });

    await expect(deliverOutboxEmail(row.id, options)).resolves.toMatchObject({ outcome: "not_sendable" });
    expect(fake.sent).toHaveLength(1);
  });

  it.each([
    ["a 429", 429 as const, "RATE_LIMITED", /^429 rate_limit_exceeded/],
    ["a 200 whose body is not JSON", "malformed" as const, "UNAVAILABLE", /^no usable answer from Resend: /],
    ["no answer in time", "timeout" as const, "UNAVAILABLE", /^no answer from Resend within 300 ms$/],
  ])("treats %s as retryable", async (_label, failure, code, lastError) => {
    const row = await enqueuePlanReady();
    fake.failNext(failure);
    const error = await deliveryError(deliverOutboxEmail(row.id, { ...options, timeoutMs: 300 }));
    expect(error).toMatchObject({ isRetryable: true, code });
    const stored = await db.emailOutbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ status: "pending", attempts: 1 });
    expect(stored.lastError).toMatch(lastError);
  });

  it("gives up on a row after maxAttempts retryable failures", async () => {
    const row = await enqueuePlanReady();
    fake.failNext(503, 2);
    await deliveryError(deliverOutboxEmail(row.id, { ...options, maxAttempts: 2 }));
    const error = await deliveryError(deliverOutboxEmail(row.id, { ...options, maxAttempts: 2 }));
    expect(error.isRetryable).toBe(false);
    expect(error.message).toMatch(/gave up after 2 attempts/);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "failed",
      attempts: 2,
    });
  });

  it("fails a stored row whose payload no longer fits its template without calling Resend", async () => {
    const row = await db.emailOutbox.create({
      data: {
        toAddress: "sam@meal-planner.test",
        template: "plan-ready",
        subject: "Old subject",
        payload: { weekStart: "soon" },
        idempotencyKey: "legacy-row",
      },
    });
    const error = await deliveryError(deliverOutboxEmail(row.id, options));
    expect(error).toMatchObject({ isRetryable: false, providerErrorName: "render_error" });
    const stored = await db.emailOutbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.status).toBe("failed");
    expect(stored.lastError).toMatch(/^cannot render: weekStart: /);
    expect(fake.sent).toHaveLength(0);
  });

  it("reports an unknown id as a non-retryable error", async () => {
    const error = await deliveryError(deliverOutboxEmail("missing", options));
    expect(error).toMatchObject({ isRetryable: false, providerErrorName: "not_found" });
  });
});

describe("deliverPendingEmails", () => {
  it("sends the oldest pending rows up to the limit and skips suppressed ones", async () => {
    await createUser("opted-out", false);
    await enqueuePlanReady("plan-ready:suppressed", "opted-out");
    const first = await enqueuePlanReady("plan-ready:1");
    const second = await enqueuePlanReady("plan-ready:2");
    const third = await enqueuePlanReady("plan-ready:3");

    const batch = await deliverPendingEmails({ ...options, limit: 2 });
    expect(batch.results.map((r) => [r.id, r.outcome])).toEqual([
      [first.id, "sent"],
      [second.id, "sent"],
    ]);
    expect(batch).toMatchObject({ failed: [], isRateLimited: false });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: third.id } })).toMatchObject({
      status: "pending",
    });
  });

  it("records a failed row and goes on, but stops at a 429", async () => {
    const rows = [];
    for (const key of ["a", "b", "c", "d"]) rows.push(await enqueuePlanReady(`plan-ready:${key}`));
    fake.failNext(422);
    const firstBatch = await deliverPendingEmails(options);
    expect(firstBatch.results.map((r) => r.outcome)).toEqual(["sent", "sent", "sent"]);
    expect(firstBatch.failed.map((e) => e.outboxId)).toEqual([rows[0]?.id]);

    fake.reset();
    for (const key of ["e", "f"]) await enqueuePlanReady(`plan-ready:${key}`);
    fake.failNext(429);
    const secondBatch = await deliverPendingEmails(options);
    expect(secondBatch).toMatchObject({ results: [], isRateLimited: true });
    expect(fake.sent).toHaveLength(1);
    expect(await db.emailOutbox.count({ where: { status: "pending" } })).toBe(2);
  });
});

describe("List-Unsubscribe", () => {
  const DAY_MS = 86_400_000;

  function unsubscribeUrlIn(headers: Record<string, string> | undefined): URL {
    const match = /^<(https:\/\/[^>]+)>$/.exec(headers?.["List-Unsubscribe"] ?? "");
    expect(match, "List-Unsubscribe holds one https URL in angle brackets").not.toBeNull();
    return new URL(match?.[1] ?? "");
  }

  it("reaches Resend through the SDK with a signed, expiring link for the recipient, also in the footer", async () => {
    await createUser("u1", true);
    const queued = await enqueuePlanReady("plan-ready:u1", "u1");
    // Queued ten days ago: the link's expiry counts from then, not from this send.
    const row = await db.emailOutbox.update({
      where: { id: queued.id },
      data: { createdAt: new Date(Date.now() - 10 * DAY_MS) },
    });
    await deliverOutboxEmail(row.id, options);

    const body = fake.sent[0]?.body as { headers?: Record<string, string>; html: string; text: string };
    expect(body.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const url = unsubscribeUrlIn(body.headers);
    expect(`${url.origin}${url.pathname}`).toBe(`${APP_URL}/unsubscribe`);
    expect(Object.keys(body.headers ?? {}).sort()).toEqual(["List-Unsubscribe", "List-Unsubscribe-Post"]);

    const check = verifyUnsubscribeToken(url.searchParams.get("token") ?? "", unsubscribeKey(), new Date());
    expect(check).toEqual({
      isValid: true,
      userId: "u1",
      // Counted from when the row was queued, so every retry renders the same link.
      expiresAt: new Date(Math.floor((row.createdAt.getTime() + 90 * DAY_MS) / 1000) * 1000),
    });
    expect(body.html).toContain(`href="${url.href}"`);
    expect(body.text).toContain(`unsubscribe ${url.href}`);
  });

  it("sends the same bytes on a retry, so Resend's idempotency key holds", async () => {
    await createUser("u1", true);
    const row = await enqueuePlanReady("plan-ready:u1", "u1");
    fake.failNext(500);
    await deliveryError(deliverOutboxEmail(row.id, options));
    await deliverOutboxEmail(row.id, options);
    expect(fake.sent).toHaveLength(2);
    expect(fake.sent[1]?.body).toEqual(fake.sent[0]?.body);
  });

  it("is left out of staff alerts and of mail that goes to no account", async () => {
    await createUser("u1", true);
    const alert = await enqueueEmail({
      userId: "u1",
      to: "ops@meal-planner.test",
      template: "rollback-alert",
      payload: {
        flagName: "phase3_generation_engine",
        trigger: "manual",
        reason: "Bad plans",
        actorLabel: "ops@meal-planner.test",
        occurredAt: "2026-11-28T09:30:00Z",
        isFlagDisabled: true,
        removedEnrolments: 0,
        cancelledJobs: 0,
      },
      idempotencyKey: "rollback-alert:1",
    });
    const anonymous = await enqueuePlanReady("plan-ready:no-account");
    await deliverOutboxEmail(alert.id, options);
    await deliverOutboxEmail(anonymous.id, options);

    for (const request of fake.sent) {
      const body = request.body as { headers?: Record<string, string>; html: string };
      expect(body.headers ?? {}).not.toHaveProperty("List-Unsubscribe");
      expect(body.html).not.toContain("/unsubscribe");
    }
  });

  it("is listed by the fake like Resend lists sent e-mail, readable with the SDK", async () => {
    await createUser("u1", true);
    const rows = [];
    for (const key of ["a", "b", "c"]) rows.push(await enqueuePlanReady(`plan-ready:${key}`, "u1"));
    for (const row of rows) await deliverOutboxEmail(row.id, options);
    const ids = await Promise.all(
      rows.map(
        async (row) => (await db.emailOutbox.findUniqueOrThrow({ where: { id: row.id } })).providerMessageId,
      ),
    );

    const all = await client.emails.list();
    expect(all.error).toBeNull();
    expect(all.data).toMatchObject({ object: "list", has_more: false });
    // Newest first.
    expect(all.data?.data.map((email) => email.id)).toEqual([...ids].reverse());
    expect(all.data?.data[0]).toMatchObject({
      to: ["sam@meal-planner.test"],
      from: FROM,
      subject: "Your meal plan for the week of 30 November is ready",
      last_event: "sent",
    });

    const first = await client.emails.list({ limit: 2 });
    expect(first.data?.has_more).toBe(true);
    const next = await client.emails.list({ limit: 2, after: first.data?.data[1]?.id ?? "" });
    expect(next.data).toMatchObject({ has_more: false, data: [{ id: ids[0] }] });

    const one = await client.emails.get(ids[0] ?? "");
    expect(one.data).toMatchObject({ object: "email", id: ids[0] });
    expect(one.data?.html).toContain("/unsubscribe?token=");
    const missing = await client.emails.get("no-such-id");
    expect(missing.error).toMatchObject({ statusCode: 404 });
  });
});
