import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cursorParam } from "@/lib/admin/keyset";
import { listOutboxEmails } from "@/lib/admin/list-outbox-emails";
import { resetDatabase } from "@/test/reset-database";

const T0 = new Date("2026-03-01T00:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

describe("listOutboxEmails", () => {
  beforeEach(resetDatabase);

  it("lists e-mails newest first and filters by status and exact template", async () => {
    await db.emailOutbox.createMany({
      data: [
        {
          id: "ready-sent",
          toAddress: "ana@example.com",
          template: "plan-ready",
          subject: "Your plan is ready",
          idempotencyKey: "k1",
          status: "sent",
          attempts: 1,
          sentAt: minutes(2),
          createdAt: minutes(1),
        },
        {
          id: "ready-failed",
          toAddress: "ben@example.com",
          template: "plan-ready",
          subject: "Your plan is ready",
          idempotencyKey: "k2",
          status: "failed",
          attempts: 3,
          lastError: "Resend 422: invalid address",
          createdAt: minutes(5),
        },
        {
          id: "alert",
          toAddress: "staff@meal-planner.local",
          template: "rollback-alert",
          subject: "Rollback",
          idempotencyKey: "k3",
          createdAt: minutes(3),
        },
      ],
    });
    const ids = async (filters: Parameters<typeof listOutboxEmails>[0]) =>
      (await listOutboxEmails(filters)).rows.map((email) => email.id);

    const all = await listOutboxEmails({});
    expect(all.total).toBe(3);
    expect(all.rows.map((email) => email.id)).toEqual(["ready-failed", "alert", "ready-sent"]);
    expect(all.rows[0]).toMatchObject({
      status: "failed",
      attempts: 3,
      lastError: "Resend 422: invalid address",
      sentAt: null,
    });
    expect(await ids({ template: "plan-ready" })).toEqual(["ready-failed", "ready-sent"]);
    expect(await ids({ template: "plan" })).toEqual([]);
    expect(await ids({ status: "pending" })).toEqual(["alert"]);
    expect(await ids({ status: "sent", template: "plan-ready" })).toEqual(["ready-sent"]);
  });

  it("pages 50 at a time", async () => {
    await db.emailOutbox.createMany({
      data: Array.from({ length: 120 }, (_, index) => ({
        toAddress: `p${index}@example.com`,
        template: "beta-invite",
        subject: "Join the beta",
        idempotencyKey: `beta-${index}`,
        createdAt: minutes(index),
      })),
    });
    const first = await listOutboxEmails({});
    const second = await listOutboxEmails({}, { older: cursor(first.older) });
    const third = await listOutboxEmails({}, { older: cursor(second.older) });
    expect(first).toMatchObject({ total: 120, totalIsCapped: false, newer: null });
    expect(third.older).toBeNull();
    expect(third.rows.map((email) => email.toAddress)).toEqual(
      Array.from({ length: 20 }, (_, index) => `p${19 - index}@example.com`),
    );
    expect((await listOutboxEmails({}, { newer: cursor(third.newer) })).rows).toEqual(second.rows);
  });
});

function cursor(value: string | null) {
  const parsed = cursorParam().parse(value);
  if (parsed === undefined) throw new Error("expected a cursor");
  return parsed;
}
