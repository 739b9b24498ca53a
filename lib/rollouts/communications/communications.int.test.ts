import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bucketFor } from "@/lib/flags";
import { shouldShowSurvey, submitSurvey } from "@/lib/feedback";
import { createRollout, startRollout } from "@/lib/rollouts";
import {
  dismissRolloutBanner,
  queueRolloutMessages,
  scheduleCanaryStart,
  shouldShowRolloutBanner,
  startScheduledRollouts,
} from "@/lib/rollouts/communications";
import { resetDatabase } from "@/test/reset-database";

const FLAG = "phase3_generation_engine";
const STAFF = { id: "staff-1", label: "staff@example.com" };
const HOUR = 3_600_000;
const STAGES = [5, 25, 100].map((percentage) => ({ percentage, minSoakMs: 0 }));

async function seed(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `user-${String(i).padStart(3, "0")}`);
  await db.user.createMany({
    data: [
      { id: "staff-1", email: "staff@example.com", name: "Staff", role: "staff" },
      { id: "beta-a", email: "ann+beta@example.com", name: "Ann Beta" },
      { id: "beta-b", email: "bob+beta@example.com", name: "Bob Beta" },
      ...ids.map((id) => ({ id, email: `${id}@example.com`, name: id })),
    ],
  });
  // Bob turned e-mails off: his invite is recorded as suppressed, never sent.
  await db.dietaryPreference.create({ data: { userId: "beta-b", emailOptIn: false } });
  await db.featureFlag.create({ data: { flagName: FLAG } });
  return ids;
}

describe("the rollout plan's communications", () => {
  beforeEach(resetDatabase);

  it("queues the beta invite 48 h before a scheduled canary, once per person, opt-out respected", async () => {
    await seed(20);
    const now = new Date();
    await createRollout({ flagName: FLAG, stages: STAGES, actor: STAFF });
    const startAt = new Date(now.getTime() + 72 * HOUR);
    const scheduled = await scheduleCanaryStart({ flagName: FLAG, startAt, actor: STAFF }, now);
    expect(scheduled).toMatchObject({
      invitedCount: 2,
      invitesDueAt: new Date(now.getTime() + 24 * HOUR).toISOString(),
    });

    expect(await queueRolloutMessages({ now })).toMatchObject({ betaInvites: 0 });
    const due = new Date(now.getTime() + 25 * HOUR);
    expect(await queueRolloutMessages({ now: due })).toMatchObject({ betaInvites: 2 });
    expect(await queueRolloutMessages({ now: due })).toMatchObject({ betaInvites: 0 });
    await scheduleCanaryStart({ flagName: FLAG, startAt, actor: STAFF }, now);
    expect(await queueRolloutMessages({ now: due })).toMatchObject({ betaInvites: 0 });

    const outbox = await db.emailOutbox.findMany({ orderBy: { toAddress: "asc" } });
    expect(outbox.map((row) => [row.toAddress, row.template, row.status])).toEqual([
      ["ann+beta@example.com", "beta-invite", "pending"],
      ["bob+beta@example.com", "beta-invite", "suppressed"],
    ]);

    expect(await startScheduledRollouts(new Date(startAt.getTime() - 1))).toEqual([]);
    expect(await startScheduledRollouts(startAt)).toEqual([FLAG]);
    expect((await db.rollout.findFirstOrThrow()).status).toBe("active");
  });

  it("sends the full-rollout e-mail to everyone enabled at 100 %, at the send rate, never twice", async () => {
    await seed(7);
    const now = new Date();
    await createRollout({ flagName: FLAG, stages: STAGES, actor: STAFF });
    await startRollout({ flagName: FLAG, actor: STAFF }, new Date(now.getTime() - 3 * HOUR));
    await db.userFeatureFlag.create({ data: { userId: "user-000", flagName: FLAG, enabled: false } });
    await db.rollout.updateMany({ data: { autoAdvance: false } });
    // Skip the gates: this test is about the messages, the gates have their own.
    const rollout = await db.rollout.findFirstOrThrow({ include: { stages: true } });
    await db.rollout.update({
      where: { id: rollout.id },
      data: { currentStageIndex: 2, stageEnteredAt: now },
    });
    await db.rolloutStage.updateMany({
      where: { rolloutId: rollout.id, position: 2 },
      data: { enteredAt: now },
    });

    const first = await queueRolloutMessages({ now, limit: 4 });
    const second = await queueRolloutMessages({ now, limit: 4 });
    const third = await queueRolloutMessages({ now, limit: 4 });
    expect([first.fullRollout, second.fullRollout, third.fullRollout]).toEqual([4, 4, 1]);
    const recipients = await db.emailOutbox.findMany({
      where: { template: "full-rollout" },
      select: { userId: true },
    });
    // 10 people minus the one who opted out of the flag.
    expect(recipients).toHaveLength(9);
    expect(recipients.map((r) => r.userId)).not.toContain("user-000");
  });

  it("shows the banner to people the 25 % stage brought in, until they dismiss it", async () => {
    const ids = await seed(200);
    const now = new Date();
    await createRollout({ flagName: FLAG, stages: STAGES, actor: STAFF });
    await startRollout({ flagName: FLAG, actor: STAFF }, new Date(now.getTime() - 2 * HOUR));
    const inTwentyFive = ids.find((id) => bucketFor(FLAG, id) >= 500 && bucketFor(FLAG, id) < 2500) ?? "";
    const outside = ids.find((id) => bucketFor(FLAG, id) >= 2500) ?? "";
    expect(await shouldShowRolloutBanner(inTwentyFive)).toBeNull();

    const rollout = await db.rollout.findFirstOrThrow();
    await db.rollout.update({ where: { id: rollout.id }, data: { currentStageIndex: 1 } });
    expect(await shouldShowRolloutBanner(inTwentyFive)).toEqual({
      rolloutId: rollout.id,
      flagName: FLAG,
      percentage: 25,
    });
    expect(await shouldShowRolloutBanner(outside)).toBeNull();
    expect(await shouldShowRolloutBanner("beta-a")).toBeNull();
    await dismissRolloutBanner(inTwentyFive, rollout.id);
    await dismissRolloutBanner(inTwentyFive, rollout.id);
    expect(await shouldShowRolloutBanner(inTwentyFive)).toBeNull();
  });

  it("asks for the survey a week after 100 %, once", async () => {
    await seed(3);
    const now = new Date();
    await createRollout({ flagName: FLAG, stages: STAGES, actor: STAFF });
    await startRollout({ flagName: FLAG, actor: STAFF }, new Date(now.getTime() - 8 * 24 * HOUR));
    const rollout = await db.rollout.findFirstOrThrow();
    const reached = new Date(now.getTime() - 8 * 24 * HOUR);
    await db.rollout.update({
      where: { id: rollout.id },
      data: { currentStageIndex: 2, status: "completed" },
    });
    await db.rolloutStage.updateMany({
      where: { rolloutId: rollout.id, position: 2 },
      data: { enteredAt: reached },
    });

    expect(await shouldShowSurvey("user-001", new Date(reached.getTime() + 6 * 24 * HOUR))).toBeNull();
    expect(await shouldShowSurvey("user-001", now)).toEqual({ rolloutId: rollout.id, flagName: FLAG });
    await expect(submitSurvey("user-001", { rolloutId: rollout.id, satisfaction: 9 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await submitSurvey("user-001", { rolloutId: rollout.id, satisfaction: 4, featureRequest: "vegan week" });
    expect(await shouldShowSurvey("user-001", now)).toBeNull();
    expect(await db.feedbackReport.findFirstOrThrow()).toMatchObject({ kind: "survey", satisfaction: 4 });
  });
});
