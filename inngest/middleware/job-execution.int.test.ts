import { InngestTestEngine } from "@inngest/test";
import { NonRetriableError } from "inngest";
import { beforeEach, describe, expect, it } from "vitest";
import { events, inngest } from "@/inngest/client";
import { db } from "@/lib/db";
import { resetDatabase } from "@/test/reset-database";

// Real SDK functions on the real client (with its middleware), run by the SDK's own execution engine.
// @inngest/test gives every request of a run a fresh run id, so these functions are single-request; the
// one-row-per-attempt behaviour across step requests is covered in lib/jobs/record-execution.int.test.ts.
const succeeds = inngest.createFunction(
  { id: "generate-plan", triggers: [events.planGenerateRequested] },
  async () => ({ ok: true }),
);
const fails = inngest.createFunction({ id: "sync-fatsecret", triggers: [events.planGenerated] }, async () => {
  throw new NonRetriableError("FatSecret answered 500");
});

async function makeUser() {
  return db.user.create({ data: { id: "user-1", email: "u1@example.com", name: "U1" } });
}

describe("job execution middleware", () => {
  beforeEach(resetDatabase);

  it("records a completed run with duration, job type, attempt and user", async () => {
    const user = await makeUser();
    const job = await db.scheduledJob.create({ data: { jobType: "WeeklyGeneration", userId: user.id } });
    const engine = new InngestTestEngine({
      function: succeeds,
      events: [
        {
          name: "plan/generate.requested",
          data: { userId: user.id, weekStart: "2026-11-30", scheduledJobId: job.id },
        },
      ],
    });
    const { result, error } = await engine.execute();
    expect(error).toBeUndefined();
    expect(result).toEqual({ ok: true });

    const rows = await db.jobExecution.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: "completed",
      jobType: "WeeklyGeneration",
      functionId: "generate-plan",
      userId: user.id,
      jobId: job.id,
      attempt: 0,
      errorMessage: null,
    });
    expect(rows[0]?.finishedAt).not.toBeNull();
    expect(rows[0]?.durationMs).toBeGreaterThanOrEqual(0);
    expect((await db.scheduledJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("completed");
  });

  it("records a failed run with its error message", async () => {
    const user = await makeUser();
    const engine = new InngestTestEngine({
      function: fails,
      events: [{ name: "plan/generated", data: { userId: user.id, mealPlanId: "plan-1" } }],
    });
    const { error } = await engine.execute();
    expect(error).toBeDefined();

    const rows = await db.jobExecution.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: "failed",
      jobType: "AutoSync",
      errorMessage: "FatSecret answered 500",
    });
    expect(rows[0]?.durationMs).not.toBeNull();
  });
});
