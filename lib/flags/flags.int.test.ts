import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bucketFor } from "@/lib/flags";
import {
  createFeatureFlagClient,
  engageKillSwitch,
  enrolUsers,
  isFeatureEnabled,
  PrismaFlagStore,
  releaseKillSwitch,
  removeEnrolments,
  setFlagGlobal,
  setRolloutPercentage,
  type Actor,
} from "@/lib/flags/server";
import { resetDatabase } from "@/test/reset-database";

const FLAG = "phase3_generation_engine";
const STAFF: Actor = { id: "staff-1", label: "staff@example.com" };

async function seed(): Promise<void> {
  await db.user.createMany({
    data: [
      { id: "staff-1", email: "staff@example.com", name: "Staff", role: "staff" },
      ...Array.from({ length: 6 }, (_, i) => ({
        id: `user-${i}`,
        email: `user-${i}@example.com`,
        name: `U${i}`,
      })),
    ],
  });
  await db.featureFlag.create({ data: { flagName: FLAG } });
}

/** Two app instances: separate caches with their own fake clocks over the same database. */
function instance() {
  const clock = { now: 1_000_000 };
  const client = createFeatureFlagClient({ store: new PrismaFlagStore(), clock: () => clock.now });
  return { clock, client };
}

describe("flag cache over the database", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seed();
  });

  it("sees a change another instance wrote straight to the tables once the 5-second window has passed", async () => {
    const a = instance();
    expect(await a.client.isEnabled({ id: "user-1" }, FLAG)).toBe(false);

    // What another instance's write looks like from here: the row changes and its version moves.
    await db.$executeRaw`UPDATE feature_flags SET enabled_globally = true, version = version + 1 WHERE flag_name = ${FLAG}`;

    a.clock.now += 4_999;
    expect(await a.client.isEnabled({ id: "user-1" }, FLAG)).toBe(false);
    a.clock.now += 1;
    expect(await a.client.isEnabled({ id: "user-1" }, FLAG)).toBe(true);
    expect(await a.client.evaluate({ id: "user-1" }, FLAG)).toEqual({ enabled: true, reason: "global" });
  });

  it("propagates an audited kill switch and an enrolment from one instance to another", async () => {
    const a = instance();
    const b = instance();
    await setFlagGlobal({ flagName: FLAG, enabled: true, actor: STAFF });
    expect(await a.client.isEnabled({ id: "user-2" }, FLAG)).toBe(true);
    expect(await b.client.isEnabled({ id: "user-2" }, FLAG)).toBe(true);

    await engageKillSwitch({ flagName: FLAG, reason: "error spike on canary", actor: STAFF });
    b.clock.now += 5_000;
    expect(await b.client.evaluate({ id: "user-2" }, FLAG)).toEqual({
      enabled: false,
      reason: "kill_switch",
    });
    expect(await b.client.isKillSwitchEngaged(FLAG)).toBe(true);

    await releaseKillSwitch({ flagName: FLAG, actor: STAFF });
    await enrolUsers({ flagName: FLAG, userIds: ["user-3"], enabled: false, actor: STAFF });
    a.clock.now += 5_000;
    expect(await a.client.evaluate({ id: "user-3" }, FLAG)).toEqual({
      enabled: false,
      reason: "user_enrolment",
    });
    expect(await a.client.isEnabled({ id: "user-2" }, FLAG)).toBe(true);
  });

  it("serves the process-wide client", async () => {
    await enrolUsers({ flagName: FLAG, userIds: ["user-4"], actor: STAFF });
    expect(await isFeatureEnabled({ id: "user-4" }, FLAG)).toBe(true);
    expect(await isFeatureEnabled({ id: "user-4" }, "no_such_flag")).toBe(false);
  });

  it("versions move with every write, enrolments included", async () => {
    const store = new PrismaFlagStore();
    const v0 = await store.version();
    await enrolUsers({ flagName: FLAG, userIds: ["user-1"], actor: STAFF });
    const v1 = await store.version();
    await removeEnrolments({ flagName: FLAG, userIds: ["user-1"], actor: STAFF });
    const v2 = await store.version();
    expect(v1).toBeGreaterThan(v0);
    expect(v2).toBeGreaterThan(v1);
    const snapshot = await store.load();
    expect(snapshot.version).toBe(v2);
    expect(snapshot.flags).toEqual([
      {
        key: FLAG,
        enabledGlobally: false,
        rolloutPercentage: 0,
        killSwitch: false,
        version: expect.any(Number),
      },
    ]);
  });
});

describe("flag writes", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seed();
  });

  it("sets a two-decimal percentage, bumps the version and audits before/after", async () => {
    const view = await setRolloutPercentage({
      flagName: FLAG,
      percentage: 12.34,
      actor: STAFF,
      reason: "canary",
    });
    expect(view).toMatchObject({ flagName: FLAG, rolloutPercentage: 12.34, version: 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "flag.set_rollout_percentage" } });
    expect(audit).toMatchObject({
      actorId: "staff-1",
      actorLabel: "staff@example.com",
      targetType: "feature_flag",
      targetId: FLAG,
      before: expect.objectContaining({ rolloutPercentage: 0 }),
      after: expect.objectContaining({ rolloutPercentage: 12.34 }),
      reason: "canary",
    });
    // The user's bucket decides: below 1234 basis points is in.
    const cache = instance();
    const users = ["user-0", "user-1", "user-2", "user-3", "user-4", "user-5"];
    for (const id of users) {
      expect(await cache.client.isEnabled({ id }, FLAG)).toBe(bucketFor(FLAG, id) < 1234);
    }
  });

  it("rejects bad input with BAD_REQUEST and unknown things with NOT_FOUND", async () => {
    for (const percentage of [12.345, 100.5, -1]) {
      await expect(setRolloutPercentage({ flagName: FLAG, percentage, actor: STAFF })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    await expect(engageKillSwitch({ flagName: FLAG, reason: "", actor: STAFF })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("reason is required"),
    });
    await expect(
      setFlagGlobal({ flagName: "missing_flag", enabled: true, actor: STAFF }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: 'There is no feature flag named "missing_flag".',
    });
    await expect(
      enrolUsers({ flagName: FLAG, userIds: ["user-1", "ghost"], actor: STAFF }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      details: { missing: ["ghost"] },
    });
    await expect(releaseKillSwitch({ flagName: FLAG, actor: STAFF })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.auditLog.count()).toBe(0);
    expect(await db.userFeatureFlag.count()).toBe(0);
  });

  it("enrols, overwrites and removes enrolments, keeping the removed rows in the audit", async () => {
    await enrolUsers({ flagName: FLAG, userIds: ["user-1", "user-2"], source: "support", actor: STAFF });
    await enrolUsers({ flagName: FLAG, userIds: ["user-2"], enabled: false, actor: STAFF });
    expect(
      await db.userFeatureFlag.findMany({
        orderBy: { userId: "asc" },
        select: { userId: true, enabled: true, source: true },
      }),
    ).toEqual([
      { userId: "user-1", enabled: true, source: "support" },
      { userId: "user-2", enabled: false, source: "manual" },
    ]);
    const result = await removeEnrolments({
      flagName: FLAG,
      userIds: ["user-1", "user-2", "user-5"],
      actor: STAFF,
    });
    expect(result).toMatchObject({ removedCount: 2, flag: { enrolmentCount: 0 } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "flag.remove_enrolments" } });
    expect(audit.before).toHaveLength(2);
  });
});
