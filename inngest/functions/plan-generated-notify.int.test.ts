import { InngestTestEngine } from "@inngest/test";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { notifyPlanReady } from "@/inngest/functions/plan-generated-notify";
import { db } from "@/lib/db";
import { generatePlanForUser } from "@/lib/plans";
import { scheduleWeeklyGeneration } from "@/lib/jobs";
import { seedCatalogue } from "@/prisma/seed/seed-catalogue";
import { resetDatabase } from "@/test/reset-database";
import { resetFlagCache } from "@/test/reset-flag-cache";

const FLAG = "phase3_generation_engine";

function engineFor(name: "plan/generated" | "plan/notify.requested", data: Record<string, unknown>) {
  return new InngestTestEngine({
    function: notifyPlanReady,
    events: [{ name, data }],
    // Delivery through the real SDK is tested in lib/email; here the step answers as a delivery would.
    steps: [{ id: "deliver-email", handler: () => ({ status: "sent", providerMessageId: "msg-1" }) }],
  });
}

describe("notify-plan-ready", () => {
  let mealPlanId = "";
  beforeAll(async () => {
    await resetDatabase();
    await seedCatalogue(db);
    await db.user.create({
      data: {
        id: "ann",
        email: "ann@example.com",
        name: "Ann Example",
        nutritionTarget: { create: { kcal: 2000, proteinG: 120, carbsG: 220, fatG: 70 } },
        dietaryPreference: { create: { diet: "omnivore" } },
      },
    });
    await scheduleWeeklyGeneration("ann");
    mealPlanId = (await generatePlanForUser("ann", "2026-11-30")).mealPlanId;
  });
  beforeEach(async () => {
    await db.emailOutbox.deleteMany();
    await db.jobExecution.deleteMany();
    await db.featureFlag.deleteMany();
    await db.scheduledJob.updateMany({ data: { enabled: true } });
    resetFlagCache();
  });

  it("puts the plan-ready e-mail in the outbox, delivers it, and shows the run on the person's row", async () => {
    await db.featureFlag.create({ data: { flagName: FLAG, enabledGlobally: true } });
    const { result, error } = await engineFor("plan/generated", { userId: "ann", mealPlanId }).execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ outcome: "completed", delivery: { status: "sent" } });
    const mail = await db.emailOutbox.findFirstOrThrow();
    expect(mail).toMatchObject({ template: "plan-ready", toAddress: "ann@example.com", userId: "ann" });
    // The middleware records the end of the run as the engine finishes it: wait for that write.
    await expect.poll(async () => (await db.jobExecution.findFirst())?.status).toBe("completed");
    const run = await db.jobExecution.findFirstOrThrow();
    expect(run).toMatchObject({ jobType: "PlanNotification", trigger: "event" });
    const row = await db.scheduledJob.findUniqueOrThrow({
      where: { userId_jobType: { userId: "ann", jobType: "PlanNotification" } },
    });
    expect(run.jobId).toBe(row.id);
    expect(row.status).toBe("completed");
  });

  it("finds the latest plan when asked by the dispatcher", async () => {
    await db.featureFlag.create({ data: { flagName: FLAG, enabledGlobally: true } });
    const { result } = await engineFor("plan/notify.requested", {
      userId: "ann",
      trigger: "scheduled",
    }).execute();
    expect(result).toMatchObject({ outcome: "completed" });
    expect(await db.emailOutbox.count()).toBe(1);
  });

  it("ends cancelled, sending nothing, when the flag is off, its kill switch is on, or the person's row is off", async () => {
    await db.featureFlag.create({ data: { flagName: FLAG } });
    const off = await engineFor("plan/generated", { userId: "ann", mealPlanId }).execute();
    expect(off.result).toMatchObject({ outcome: "cancelled", reason: `${FLAG} is off for this person.` });

    await db.featureFlag.update({ where: { flagName: FLAG }, data: { enabledGlobally: true } });
    await db.featureFlag.create({ data: { flagName: "plan_ready_email", killSwitch: true } });
    resetFlagCache();
    const killed = await engineFor("plan/generated", { userId: "ann", mealPlanId }).execute();
    expect(killed.result).toMatchObject({
      outcome: "cancelled",
      reason: "The plan_ready_email kill switch is engaged.",
    });

    await db.featureFlag.update({ where: { flagName: "plan_ready_email" }, data: { killSwitch: false } });
    await db.scheduledJob.updateMany({ where: { jobType: "PlanNotification" }, data: { enabled: false } });
    resetFlagCache();
    const disabled = await engineFor("plan/generated", { userId: "ann", mealPlanId }).execute();
    expect(disabled.result).toMatchObject({
      outcome: "cancelled",
      reason: "PlanNotification is disabled for this person.",
    });

    expect(await db.emailOutbox.count()).toBe(0);
    await expect.poll(() => db.jobExecution.count({ where: { status: "cancelled" } })).toBe(3);
  });
});
