import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createResendClient, deliverOutboxEmail, EmailDeliveryError, enqueueEmail } from "@/lib/email";
import { generatePlanForUser } from "@/lib/plans";
import { registry } from "@/lib/observability/prometheus";
import { seedCatalogue } from "@/prisma/seed/seed-catalogue";
import { startFakeResend, type FakeResend } from "@/test/fakes/resend-server";
import { resetDatabase } from "@/test/reset-database";

/** A sample's value from the registry, as a scrape would show it (0 when the series does not exist yet). */
async function sample(name: string, labels: Record<string, string> = {}): Promise<number> {
  const family = name.replace(/_(bucket|count|sum)$/, "");
  const metric = registry.getSingleMetric(family);
  if (!metric) throw new Error(`metric ${family} is not registered`);
  const { values } = await metric.get();
  const match = values.find(
    (v) =>
      ((v as { metricName?: string }).metricName ?? family) === name &&
      Object.entries(labels).every(([key, value]) => String(v.labels[key]) === value),
  );
  return match?.value ?? 0;
}

const PLAN_READY = {
  weekStart: "2026-11-30",
  daysPlanned: 7,
  mealsPlanned: 21,
  avgKcal: 2140,
  targetKcal: 2200,
  groceryItemCount: 30,
  featuredMeals: [],
};

describe("each metric moves when its code path runs", () => {
  let resend: FakeResend;

  beforeAll(async () => {
    resend = await startFakeResend();
  });
  afterAll(async () => {
    await resend.close();
  });
  beforeEach(async () => {
    await resetDatabase();
    resend.reset();
  });

  it("email_messages_total counts sent, retry, failed and suppressed", async () => {
    const client = createResendClient({ baseUrl: resend.url });
    const labels = (status: string) => ({ template: "plan-ready", status });
    const before = {
      sent: await sample("email_messages_total", labels("sent")),
      retry: await sample("email_messages_total", labels("retry")),
      failed: await sample("email_messages_total", labels("failed")),
      suppressed: await sample("email_messages_total", labels("suppressed")),
    };
    const queue = (key: string) =>
      enqueueEmail({
        to: "ann@example.com",
        template: "plan-ready",
        payload: PLAN_READY,
        idempotencyKey: key,
      });

    await deliverOutboxEmail((await queue("k-sent")).id, { client });
    resend.failNext(503);
    await expect(deliverOutboxEmail((await queue("k-retry")).id, { client })).rejects.toBeInstanceOf(
      EmailDeliveryError,
    );
    resend.failNext(422);
    await expect(deliverOutboxEmail((await queue("k-failed")).id, { client })).rejects.toBeInstanceOf(
      EmailDeliveryError,
    );
    await db.user.create({
      data: {
        id: "quiet",
        email: "quiet@example.com",
        name: "Quiet",
        dietaryPreference: { create: { diet: "omnivore", emailOptIn: false } },
      },
    });
    await enqueueEmail({
      userId: "quiet",
      to: "quiet@example.com",
      template: "plan-ready",
      payload: PLAN_READY,
      idempotencyKey: "k-quiet",
    });

    expect(await sample("email_messages_total", labels("sent"))).toBe(before.sent + 1);
    expect(await sample("email_messages_total", labels("retry"))).toBe(before.retry + 1);
    expect(await sample("email_messages_total", labels("failed"))).toBe(before.failed + 1);
    expect(await sample("email_messages_total", labels("suppressed"))).toBe(before.suppressed + 1);
  });

  it("db_connection_pool_utilization_percent follows the connections this instance has checked out", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const holders = [1, 2, 3].map(() =>
      db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        await gate;
      }),
    );
    await expect.poll(() => sample("db_connection_pool_connections", { state: "active" })).toBe(3);
    // Three of the test pool's ten connections.
    expect(await sample("db_connection_pool_utilization_percent")).toBe(30);
    release();
    await Promise.all(holders);
    expect(await sample("db_connection_pool_utilization_percent")).toBe(0);
  });

  it("active_scheduled_jobs counts enabled pending and running jobs", async () => {
    await db.scheduledJob.createMany({
      data: [
        { jobType: "WeeklyGeneration", status: "pending" },
        { jobType: "WeeklyGeneration", status: "running" },
        { jobType: "WeeklyGeneration", status: "completed" },
        { jobType: "WeeklyGeneration", status: "pending", enabled: false },
      ],
    });
    expect(await sample("active_scheduled_jobs")).toBe(2);
  });

  it("meal_plan_generation_duration_seconds times each generation, by outcome", async () => {
    await seedCatalogue(db);
    await db.user.create({
      data: {
        id: "ann",
        email: "ann@example.com",
        name: "Ann",
        nutritionTarget: { create: { kcal: 2000, proteinG: 120, carbsG: 220, fatG: 70 } },
        dietaryPreference: { create: { diet: "omnivore" } },
      },
    });
    const [completed, failed] = [
      await sample("meal_plan_generation_duration_seconds_count", { status: "completed" }),
      await sample("meal_plan_generation_duration_seconds_count", { status: "failed" }),
    ];
    await generatePlanForUser("ann", "2026-11-30");
    await expect(generatePlanForUser("nobody", "2026-11-30")).rejects.toThrow(/No user/);
    expect(await sample("meal_plan_generation_duration_seconds_count", { status: "completed" })).toBe(
      completed + 1,
    );
    expect(await sample("meal_plan_generation_duration_seconds_count", { status: "failed" })).toBe(
      failed + 1,
    );
    expect(
      await sample("meal_plan_generation_duration_seconds_sum", { status: "completed" }),
    ).toBeGreaterThan(0);
  });
});
