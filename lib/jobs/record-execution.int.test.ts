import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordExecutionEnd, recordExecutionStart } from "@/lib/jobs";
import { resetDatabase } from "@/test/reset-database";

describe("recording job executions", () => {
  beforeEach(resetDatabase);

  it("keeps one row per attempt however many step requests the attempt takes", async () => {
    const start = {
      runId: "run-1",
      attempt: 0,
      functionId: "generate-plan",
      jobType: "WeeklyGeneration" as const,
    };
    await recordExecutionStart(start);
    const first = await db.jobExecution.findFirstOrThrow();
    await recordExecutionStart(start);
    await recordExecutionStart(start);
    expect(await db.jobExecution.count()).toBe(1);
    expect((await db.jobExecution.findFirstOrThrow()).startedAt).toEqual(first.startedAt);

    await recordExecutionEnd(
      { runId: "run-1", attempt: 0 },
      { status: "failed", error: "boom", isFinalAttempt: false },
    );
    await recordExecutionStart({ ...start, attempt: 1 });
    await recordExecutionEnd({ runId: "run-1", attempt: 1 }, { status: "completed" });
    const rows = await db.jobExecution.findMany({ orderBy: { attempt: "asc" } });
    expect(rows.map((r) => [r.attempt, r.status, r.errorMessage])).toEqual([
      [0, "failed", "boom"],
      [1, "completed", null],
    ]);
  });

  it("does not fail when the user or job it names no longer exists", async () => {
    await recordExecutionStart({
      runId: "run-2",
      attempt: 0,
      functionId: "sync-fatsecret",
      jobType: "AutoSync",
      userId: "deleted-user",
      jobId: "deleted-job",
    });
    expect(await db.jobExecution.findFirstOrThrow()).toMatchObject({
      userId: null,
      jobId: null,
      status: "running",
    });
  });
});
