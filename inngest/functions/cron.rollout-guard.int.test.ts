import { InngestTestEngine } from "@inngest/test";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  // Only this file's synthetic samples may trip the pool rule, whatever else holds connections.
  process.env.GUARD_POOL_CAPACITY = "1000";
});

import { rolloutGuard } from "@/inngest/functions/cron.rollout-guard";
import { functions } from "@/inngest/functions";
import { db } from "@/lib/db";
import { createRollout, startRollout } from "@/lib/rollouts";
import { resetDatabase } from "@/test/reset-database";

const FLAG = "phase3_generation_engine";
const STAFF = { id: null, label: "staff@example.com" };

async function seed(now: Date): Promise<void> {
  await db.user.createMany({
    data: [
      { id: "beta-1", email: "b1+beta@example.com", name: "B1" },
      { id: "ops", email: "ops@example.com", name: "Ops", role: "staff" },
      ...Array.from({ length: 18 }, (_, i) => ({
        id: `user-${i}`,
        email: `u${i}@example.com`,
        name: `U${i}`,
      })),
    ],
  });
  await db.featureFlag.create({ data: { flagName: FLAG } });
  await createRollout({ flagName: FLAG, actor: STAFF });
  await startRollout({ flagName: FLAG, actor: STAFF }, new Date(now.getTime() - 30 * 60_000));
}

function engine() {
  return new InngestTestEngine({
    function: rolloutGuard,
    events: [{ name: "inngest/scheduled.timer", data: { cron: "* * * * *" } }],
    // No Inngest server in tests: the send step answers as the server would.
    steps: [{ id: "send-guard-tripped", handler: () => ({ ids: ["evt-1"] }) }],
  });
}

describe("rollout-guard function", () => {
  beforeEach(resetDatabase);

  it("is registered", () => {
    expect(functions).toContain(rolloutGuard);
  });

  it("samples, finds nothing to do, and records its own run", async () => {
    await seed(new Date());
    const { result, error } = await engine().execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({
      trips: [],
      actions: [],
      observations: [expect.objectContaining({ flagName: FLAG, outcome: "held" })],
    });
    // One sample per metric: 4 system-wide, and canary + rest for the two rollback metrics of the flag.
    expect(await db.metricSample.count()).toBe(8);
    expect(
      await db.jobExecution.count({ where: { jobType: "RolloutGuard", functionId: "rollout-guard" } }),
    ).toBeGreaterThan(0);
  });

  it("rolls back a flag whose canary has breached for 2 minutes and emits rollout/guard.tripped", async () => {
    const now = new Date();
    await seed(now);
    // The two earlier minutes were already sampled as breaching; the run's own sample sees the failures below.
    await db.metricSample.createMany({
      data: [125, 65].map((secondsAgo) => ({
        metric: "job_error_rate",
        cohort: "canary",
        flagName: FLAG,
        value: 100,
        sampledAt: new Date(now.getTime() - secondsAgo * 1000),
      })),
    });
    await db.jobExecution.createMany({
      data: Array.from({ length: 5 }, (_, i) => ({
        jobType: "WeeklyGeneration" as const,
        userId: "beta-1",
        functionId: "generate-plan",
        runId: `failed-${i}`,
        status: "failed" as const,
        startedAt: new Date(now.getTime() - (i + 1) * 5_000),
        durationMs: 100,
      })),
    });

    const { result, error, ctx } = await engine().execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({
      trips: [{ flagName: FLAG, rule: "job_error_rate" }],
      actions: [expect.objectContaining({ action: "rollback", flagName: FLAG, performed: true })],
    });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("send-guard-tripped", [
      expect.objectContaining({
        name: "rollout/guard.tripped",
        data: { flagName: FLAG, rule: "job_error_rate", value: 100 },
      }),
      // Queued runs of the rolled-back feature are cancelled through their cancelOn.
      expect.objectContaining({ name: "flag/rolled-back", data: { flagName: FLAG } }),
    ]);
    expect((await db.rollout.findFirstOrThrow()).status).toBe("rolled_back");
    expect(await db.rollbackEvent.count({ where: { flagName: FLAG, trigger: "automatic" } })).toBe(1);
    expect(
      await db.emailOutbox.count({ where: { template: "rollback-alert", toAddress: "ops@example.com" } }),
    ).toBe(1);
  });
});
