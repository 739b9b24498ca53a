import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { COUNT_CAP, cursorParam } from "@/lib/admin/keyset";
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

    const result = await listJobExecutions({});

    expect(result).toMatchObject({ total: 3, totalIsCapped: false, newer: null, older: null });
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
      (await listJobExecutions(filters)).rows.map((run) => run.runId);

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

    const first = await listJobExecutions({});
    expect(first).toMatchObject({ total: 55, newer: null });
    expect(first.rows).toHaveLength(50);
    const second = await listJobExecutions({}, { older: parseCursor(first.older) });
    expect(second.rows).toHaveLength(5);
    expect(second.older).toBeNull();
    const ids = [...first.rows, ...second.rows].map((run) => run.id);
    expect(new Set(ids).size).toBe(55);
    expect(ids).toEqual(ids.toSorted().reverse());

    // Back from the oldest page: the same 50 rows, in the same order, and nothing newer than them.
    const back = await listJobExecutions({}, { newer: parseCursor(second.newer) });
    expect(back.rows.map((run) => run.id)).toEqual(first.rows.map((run) => run.id));
    expect(back.newer).toBeNull();
    expect(back.older).toBe(first.older);

    // A run started since the first page was read makes one more page of newer runs, without duplicates.
    await db.jobExecution.create({
      data: { runId: "late", functionId: "rollout-guard", jobType: "RolloutGuard", startedAt: minutes(1) },
    });
    const again = await listJobExecutions({}, { newer: parseCursor(second.newer) });
    expect(again.rows.map((run) => run.id)).toEqual(first.rows.map((run) => run.id));
    const newest = await listJobExecutions({}, { newer: parseCursor(again.newer) });
    expect(newest.rows.map((run) => run.runId)).toEqual(["late"]);
    expect(newest.newer).toBeNull();
  });

  it("counts the runs only up to a cap, so a page of a huge table stays cheap", async () => {
    await db.jobExecution.createMany({
      data: Array.from({ length: COUNT_CAP + 1 }, (_, index) => ({
        runId: `bulk-${index}`,
        functionId: "rollout-guard",
        jobType: "RolloutGuard" as const,
        startedAt: minutes(index / 100),
      })),
    });
    const page = await listJobExecutions({});
    expect(page).toMatchObject({ total: COUNT_CAP, totalIsCapped: true });
    expect(page.rows[0]?.runId).toBe(`bulk-${COUNT_CAP}`);
  });
});

function parseCursor(value: string | null) {
  const parsed = cursorParam().safeParse(value);
  if (!parsed.success || parsed.data === undefined) throw new Error(`not a cursor: ${value}`);
  return parsed.data;
}
