import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listRollbackEvents } from "@/lib/admin/list-rollback-events";
import { resetDatabase } from "@/test/reset-database";

describe("listRollbackEvents", () => {
  beforeEach(resetDatabase);

  it("lists events newest first with how many enrolments each removed", async () => {
    await db.featureFlag.create({ data: { flagName: "phase3_generation_engine" } });
    await db.rollbackEvent.createMany({
      data: [
        {
          id: "auto",
          flagName: "phase3_generation_engine",
          trigger: "automatic",
          action: "rollback",
          metric: "generation_error_rate",
          value: 0.12,
          threshold: 0.05,
          windowSeconds: 300,
          reason: "error rate above 5% for 5 minutes",
          removedEnrolments: [
            { userId: "a", source: "rollout_25" },
            { userId: "b", source: "rollout_25" },
          ],
          cancelledJobs: 4,
          createdAt: new Date("2026-03-01T10:00:00Z"),
        },
        {
          id: "manual",
          flagName: "phase3_generation_engine",
          trigger: "manual",
          action: "rollback",
          reason: "support tickets",
          restoredAt: new Date("2026-03-02T09:00:00Z"),
          createdAt: new Date("2026-03-02T08:00:00Z"),
        },
      ],
    });

    const result = await listRollbackEvents({ page: 1 });

    expect(result.total).toBe(2);
    expect(result.rows.map((event) => event.id)).toEqual(["manual", "auto"]);
    expect(result.rows[0]).toMatchObject({
      removedEnrolmentCount: 0,
      restoredAt: new Date("2026-03-02T09:00:00Z"),
    });
    expect(result.rows[1]).toMatchObject({
      trigger: "automatic",
      metric: "generation_error_rate",
      value: 0.12,
      threshold: 0.05,
      windowSeconds: 300,
      removedEnrolmentCount: 2,
      cancelledJobs: 4,
      restoredAt: null,
    });
    expect(result.rows[1]).not.toHaveProperty("removedEnrolments");
  });
});
