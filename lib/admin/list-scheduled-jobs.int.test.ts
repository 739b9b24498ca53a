import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cursorParam } from "@/lib/admin/keyset";
import { listScheduledJobs } from "@/lib/admin/list-scheduled-jobs";
import { resetDatabase } from "@/test/reset-database";

const T0 = new Date("2026-03-01T00:00:00Z");
const hours = (n: number) => new Date(T0.getTime() + n * 3_600_000);

describe("listScheduledJobs", () => {
  beforeEach(resetDatabase);

  it("lists the most recently booked first and filters by type, status, user and scheduled time", async () => {
    await db.user.create({ data: { id: "u-ana", name: "Ana", email: "ana@example.com" } });
    await db.scheduledJob.createMany({
      data: [
        {
          id: "gen-ana",
          jobType: "WeeklyGeneration",
          userId: "u-ana",
          scheduledFor: hours(6),
          createdAt: hours(1),
        },
        {
          id: "sync-ana",
          jobType: "AutoSync",
          userId: "u-ana",
          status: "completed",
          scheduledFor: hours(7),
          createdAt: hours(2),
        },
        { id: "guard", jobType: "RolloutGuard", frequency: "* * * * *", createdAt: hours(3) },
      ],
    });
    const ids = async (filters: Parameters<typeof listScheduledJobs>[0]) =>
      (await listScheduledJobs(filters)).rows.map((job) => job.id);

    const all = await listScheduledJobs({});
    expect(all.total).toBe(3);
    expect(all.rows.map((job) => job.id)).toEqual(["guard", "sync-ana", "gen-ana"]);
    expect(all.rows[1]).toMatchObject({
      jobType: "AutoSync",
      status: "completed",
      user: { email: "ana@example.com" },
    });
    expect(await ids({ type: "WeeklyGeneration" })).toEqual(["gen-ana"]);
    expect(await ids({ status: "pending" })).toEqual(["guard", "gen-ana"]);
    expect(await ids({ user: "ana" })).toEqual(["sync-ana", "gen-ana"]);
    // Jobs with no scheduled time fall outside any time range.
    expect(await ids({ from: hours(6), to: hours(6) })).toEqual(["gen-ana"]);
    expect(await ids({ to: hours(10) })).toEqual(["sync-ana", "gen-ana"]);
  });

  it("pages independently of the filters", async () => {
    await db.scheduledJob.createMany({
      data: Array.from({ length: 51 }, (_, index) => ({
        jobType: "AutoSync" as const,
        createdAt: hours(index),
      })),
    });
    const first = await listScheduledJobs({});
    expect(first).toMatchObject({ total: 51, newer: null });
    const older = cursorParam().parse(first.older);
    const second = await listScheduledJobs({}, { older });
    expect(second).toMatchObject({ total: 51, older: null });
    expect(second.rows.map((job) => job.createdAt)).toEqual([hours(0)]);
  });
});
