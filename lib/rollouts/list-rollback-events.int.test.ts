import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listRollbackEventPage } from "@/lib/rollouts/list-rollback-events";
import { resetDatabase } from "@/test/reset-database";

describe("listRollbackEventPage", () => {
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
          removedEnrolmentCount: 2,
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

    const result = await listRollbackEventPage({ page: 1 });

    expect(result.total).toBe(2);
    expect(result.rows.map((event) => event.id)).toEqual(["manual", "auto"]);
    expect(result.rows[0]).toMatchObject({
      removedEnrolments: 0,
      restoredAt: "2026-03-02T09:00:00.000Z",
      canRestore: false,
    });
    expect(result.rows[1]).toMatchObject({
      trigger: "automatic",
      metric: "generation_error_rate",
      value: 0.12,
      threshold: 0.05,
      windowSeconds: 300,
      removedEnrolments: 2,
      cancelledJobs: 4,
      restoredAt: null,
      canRestore: true,
    });
  });
});
