import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { FAILED_RUNS_READ, groupFailedRuns } from "@/lib/admin/group-failed-runs";
import { resetDatabase } from "@/test/reset-database";

const T0 = new Date("2026-03-01T00:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

let sequence = 0;
function failedRun(
  jobType: "WeeklyGeneration" | "AutoSync" | "RolloutGuard",
  errorMessage: string | null,
  startedAt: Date,
  extra: { status?: "failed" | "completed"; userId?: string } = {},
) {
  sequence += 1;
  return {
    runId: `run-${sequence}`,
    functionId: jobType,
    jobType,
    status: extra.status ?? ("failed" as const),
    userId: extra.userId,
    errorMessage,
    startedAt,
  };
}

describe("groupFailedRuns", () => {
  beforeEach(resetDatabase);

  it("counts failed runs by exact message, with the last time seen and every job type, most frequent first", async () => {
    await db.jobExecution.createMany({
      data: [
        failedRun("WeeklyGeneration", "planner timed out", minutes(1)),
        failedRun("WeeklyGeneration", "planner timed out", minutes(5)),
        failedRun("AutoSync", "planner timed out", minutes(3)),
        failedRun("AutoSync", "FatSecret 401", minutes(9)),
        failedRun("RolloutGuard", null, minutes(2)),
        // Not failures: never counted, whatever their message.
        failedRun("AutoSync", "FatSecret 401", minutes(20), { status: "completed" }),
        failedRun("AutoSync", "planner timed out", minutes(20), { status: "completed" }),
      ],
    });

    const result = await groupFailedRuns({});

    expect(result).toEqual({
      totalGroups: 3,
      runsRead: 5,
      isCapped: false,
      groups: [
        {
          errorMessage: "planner timed out",
          count: 3,
          lastSeenAt: minutes(5),
          jobTypes: ["AutoSync", "WeeklyGeneration"],
        },
        { errorMessage: "FatSecret 401", count: 1, lastSeenAt: minutes(9), jobTypes: ["AutoSync"] },
        { errorMessage: null, count: 1, lastSeenAt: minutes(2), jobTypes: ["RolloutGuard"] },
      ],
    });
  });

  it("applies the type, user and time filters, and keeps the most frequent groups within the limit", async () => {
    await db.user.create({ data: { id: "u-ana", name: "Ana", email: "ana@example.com" } });
    await db.jobExecution.createMany({
      data: [
        failedRun("WeeklyGeneration", "a", minutes(1), { userId: "u-ana" }),
        failedRun("WeeklyGeneration", "a", minutes(2), { userId: "u-ana" }),
        failedRun("WeeklyGeneration", "b", minutes(3), { userId: "u-ana" }),
        failedRun("AutoSync", "a", minutes(4), { userId: "u-ana" }),
        failedRun("WeeklyGeneration", "c", minutes(30)),
      ],
    });

    expect(
      (await groupFailedRuns({ type: "AutoSync" })).groups.map((g) => [g.errorMessage, g.count]),
    ).toEqual([["a", 1]]);
    expect((await groupFailedRuns({ user: "ANA@" })).groups.map((g) => g.errorMessage)).toEqual(["a", "b"]);
    expect(
      (await groupFailedRuns({ from: minutes(2), to: minutes(3) })).groups.map((g) => g.errorMessage),
    ).toEqual(["b", "a"]);
    expect(await groupFailedRuns({}, { limit: 1 })).toMatchObject({
      totalGroups: 3,
      groups: [{ errorMessage: "a", count: 3 }],
    });
  });

  it("groups only the most recent failed runs, and says so, however long the history", async () => {
    await db.jobExecution.createMany({
      data: [
        failedRun("AutoSync", "ancient", minutes(0)),
        failedRun("AutoSync", "ancient", minutes(1)),
        ...Array.from({ length: FAILED_RUNS_READ }, (_, i) =>
          failedRun("WeeklyGeneration", i % 2 === 0 ? "recent" : "also recent", minutes(10 + i)),
        ),
      ],
    });
    const result = await groupFailedRuns({});
    expect(result).toMatchObject({ runsRead: FAILED_RUNS_READ, isCapped: true, totalGroups: 2 });
    expect(result.groups.map((group) => group.errorMessage)).toEqual(["also recent", "recent"]);
    expect(result.groups[0]?.lastSeenAt).toEqual(minutes(10 + FAILED_RUNS_READ - 1));
    // Narrowing the time range reaches the older failures.
    const older = await groupFailedRuns({ to: minutes(5) });
    expect(older).toMatchObject({ isCapped: false, groups: [{ errorMessage: "ancient", count: 2 }] });
  });
});
