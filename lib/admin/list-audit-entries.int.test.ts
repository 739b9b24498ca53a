import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAuditEntries } from "@/lib/admin/list-audit-entries";
import { resetDatabase } from "@/test/reset-database";

describe("listAuditEntries", () => {
  beforeEach(resetDatabase);

  async function seedEntries() {
    await db.auditLog.createMany({
      data: [
        {
          id: "percent",
          actorLabel: "Staff@Meal-Planner.local",
          action: "flag.rollout_percentage",
          targetType: "feature_flag",
          targetId: "phase3_generation_engine",
          before: { rolloutPercentage: 5, killSwitch: false, version: 3 },
          after: { rolloutPercentage: 25, killSwitch: false, version: 4 },
          reason: "stage 2",
          createdAt: new Date("2026-03-01T10:00:00Z"),
        },
        {
          id: "kill",
          actorLabel: "system:rollout-guard",
          action: "flag.kill_switch",
          targetType: "feature_flag",
          targetId: "fatsecret_autosync",
          before: { killSwitch: false },
          after: { killSwitch: true, killSwitchReason: "sync errors" },
          createdAt: new Date("2026-03-01T11:00:00Z"),
        },
        {
          id: "enrol",
          actorLabel: "staff@meal-planner.local",
          action: "flag.enrol_users",
          targetType: "user",
          targetId: "u-1",
          createdAt: new Date("2026-03-01T12:00:00Z"),
        },
      ],
    });
  }

  it("lists entries newest first with only the changed keys", async () => {
    await seedEntries();

    const result = await listAuditEntries({});

    expect(result.total).toBe(3);
    expect(result.rows.map((entry) => entry.id)).toEqual(["enrol", "kill", "percent"]);
    expect(result.rows[2]).toMatchObject({
      actorLabel: "Staff@Meal-Planner.local",
      targetType: "feature_flag",
      targetId: "phase3_generation_engine",
      reason: "stage 2",
      changes: [
        { key: "rolloutPercentage", before: 5, after: 25 },
        { key: "version", before: 3, after: 4 },
      ],
    });
    expect(result.rows[1]?.changes).toEqual([
      { key: "killSwitch", before: false, after: true },
      { key: "killSwitchReason", before: undefined, after: "sync errors" },
    ]);
    expect(result.rows[0]?.changes).toEqual([]);
  });

  it("filters by exact action and target type and by a fragment of the actor", async () => {
    await seedEntries();
    const ids = async (filters: Parameters<typeof listAuditEntries>[0]) =>
      (await listAuditEntries(filters)).rows.map((entry) => entry.id);

    expect(await ids({ action: "flag.kill_switch" })).toEqual(["kill"]);
    expect(await ids({ action: "flag" })).toEqual([]);
    expect(await ids({ targetType: "feature_flag" })).toEqual(["kill", "percent"]);
    expect(await ids({ actor: "STAFF@" })).toEqual(["enrol", "percent"]);
    expect(await ids({ actor: "system:" })).toEqual(["kill"]);
    expect(await ids({ actor: "staff", targetType: "user" })).toEqual(["enrol"]);
  });
});
