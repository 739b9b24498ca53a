import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listJobExecutions } from "@/lib/admin/list-job-executions";
import { resetDatabase } from "@/test/reset-database";

const T0 = new Date("2026-03-01T00:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

async function seedUsers() {
  await db.user.createMany({
    data: [
      { id: "u-ana", name: "Ana", email: "Ana.Lopez@example.com" },
      { id: "u-ben", name: "Ben", email: "ben@example.com" },
    ],
  });
}

describe("listJobExecutions", () => {
  beforeEach(resetDatabase);

  it("returns runs newest first with the user's e-mail", async () => {
    await seedUsers();
    await db.jobExecution.createMany({
      data: [
        {
          runId: "r1",
          functionId: "generate-plan",
          jobType: "WeeklyGeneration",
          userId: "u-ana",
          startedAt: minutes(1),
        },
        { runId: "r2", functionId: "sync-fatsecret", jobType: "AutoSync", startedAt: minutes(3) },
        {
          runId: "r3",
          attempt: 2,
          functionId: "generate-plan",
          jobType: "WeeklyGeneration",
          userId: "u-ben",
          status: "failed",
          durationMs: 1234,
          errorMessage: "boom",
          startedAt: minutes(2),
        },
      ],
    });

    const result = await listJobExecutions({}, { page: 1 });

    expect(result).toMatchObject({ total: 3, page: 1, pageSize: 50, pageCount: 1 });
    expect(result.rows.map((run) => run.runId)).toEqual(["r2", "r3", "r1"]);
    expect(result.rows[1]).toMatchObject({
      attempt: 2,
      status: "failed",
      durationMs: 1234,
      errorMessage: "boom",
      user: { email: "ben@example.com" },
    });
    expect(result.rows[0]?.user).toBeNull();
  });

  it("filters by type, status, a case-insensitive e-mail fragment and an inclusive time range", async () => {
    await seedUsers();
    await db.jobExecution.createMany({
      data: [
        {
          runId: "ana-gen-ok",
          functionId: "generate-plan",
          jobType: "WeeklyGeneration",
          userId: "u-ana",
          status: "completed",
          startedAt: minutes(10),
        },
        {
          runId: "ana-gen-fail",
          functionId: "generate-plan",
          jobType: "WeeklyGeneration",
          userId: "u-ana",
          status: "failed",
          startedAt: minutes(20),
        },
        {
          runId: "ana-sync-fail",
          functionId: "sync-fatsecret",
          jobType: "AutoSync",
          userId: "u-ana",
          status: "failed",
          startedAt: minutes(30),
        },
        {
          runId: "ben-gen-fail",
          functionId: "generate-plan",
          jobType: "WeeklyGeneration",
          userId: "u-ben",
          status: "failed",
          startedAt: minutes(40),
        },
        {
          runId: "guard",
          functionId: "rollout-guard",
          jobType: "RolloutGuard",
          status: "failed",
          startedAt: minutes(50),
        },
      ],
    });
    const runIds = async (filters: Parameters<typeof listJobExecutions>[0]) =>
      (await listJobExecutions(filters, { page: 1 })).rows.map((run) => run.runId);

    expect(await runIds({ type: "WeeklyGeneration" })).toEqual([
      "ben-gen-fail",
      "ana-gen-fail",
      "ana-gen-ok",
    ]);
    expect(await runIds({ status: "failed" })).toEqual([
      "guard",
      "ben-gen-fail",
      "ana-sync-fail",
      "ana-gen-fail",
    ]);
    expect(await runIds({ user: "lopez@" })).toEqual(["ana-sync-fail", "ana-gen-fail", "ana-gen-ok"]);
    expect(await runIds({ from: minutes(20), to: minutes(40) })).toEqual([
      "ben-gen-fail",
      "ana-sync-fail",
      "ana-gen-fail",
    ]);
    expect(await runIds({ from: minutes(45) })).toEqual(["guard"]);
    expect(await runIds({ type: "WeeklyGeneration", status: "failed", user: "ANA" })).toEqual([
      "ana-gen-fail",
    ]);
    expect(await runIds({ user: "nobody" })).toEqual([]);
  });

  it("pages 50 runs at a time without overlap, ties broken by id", async () => {
    // Every run starts at the same instant, so only the id keeps the order stable between pages.
    await db.jobExecution.createMany({
      data: Array.from({ length: 55 }, (_, index) => ({
        runId: `run-${String(index).padStart(2, "0")}`,
        functionId: "rollout-guard",
        jobType: "RolloutGuard" as const,
        startedAt: T0,
      })),
    });

    const first = await listJobExecutions({}, { page: 1 });
    const second = await listJobExecutions({}, { page: 2 });
    const third = await listJobExecutions({}, { page: 3 });

    expect(first).toMatchObject({ total: 55, pageCount: 2 });
    expect(first.rows).toHaveLength(50);
    expect(second.rows).toHaveLength(5);
    expect(third.rows).toEqual([]);
    const ids = [...first.rows, ...second.rows].map((run) => run.id);
    expect(new Set(ids).size).toBe(55);
    expect(ids).toEqual(ids.toSorted().reverse());
  });
});
