import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bookDueJobsPage, planDispatch, scheduleWeeklyGeneration } from "@/lib/jobs";
import { resetDatabase } from "@/test/reset-database";
import { resetFlagCache } from "@/test/reset-flag-cache";

const FLAG = "phase3_generation_engine";

async function makePerson(id: string, timeZone: string, options: { deleted?: boolean } = {}) {
  await db.user.create({
    data: {
      id,
      email: `${id}@example.com`,
      name: id,
      deletedAt: options.deleted ? new Date() : null,
      nutritionTarget: { create: { kcal: 2200, proteinG: 140, carbsG: 240, fatG: 75 } },
      dietaryPreference: { create: { diet: "omnivore", timeZone } },
    },
  });
}

describe("booking due jobs", () => {
  beforeEach(async () => {
    await resetDatabase();
    await db.featureFlag.create({ data: { flagName: FLAG, enabledGlobally: true } });
  });

  it("books each flagged person once, at their own Friday 06:00, for the coming week", async () => {
    await makePerson("ann", "Europe/Berlin");
    await makePerson("kai", "Asia/Tokyo");
    await makePerson("ola", "Europe/Berlin");
    await db.userFeatureFlag.create({ data: { userId: "ola", flagName: FLAG, enabled: false } });
    const wednesday = new Date("2026-11-25T12:00:00Z");
    for (const id of ["ann", "kai", "ola"]) await scheduleWeeklyGeneration(id, { now: wednesday });

    // Friday 06:00 Berlin = 05:00 UTC; Tokyo's Friday 06:00 was 21:00 UTC the day before.
    const fridaySixBerlin = new Date("2026-11-27T05:00:00Z");
    expect(await planDispatch(fridaySixBerlin, 100)).toMatchObject({ due: 3, pages: 1, isPaused: false });
    const page = await bookDueJobsPage({ at: fridaySixBerlin, bookingKey: "t:0", limit: 100 });
    expect(page.booked.map((b) => [b.userId, b.weekStart]).sort()).toEqual([
      ["ann", "2026-11-30"],
      ["kai", "2026-11-30"],
    ]);
    expect(page.booked.find((b) => b.userId === "ann")?.idempotencyKey).toBe(
      "WeeklyGeneration:ann:2026-11-30",
    );
    // Ola is not enabled: moved to next week without a booking.
    expect(page.skipped).toBe(1);
    const rows = await db.scheduledJob.findMany({
      where: { jobType: "WeeklyGeneration" },
      orderBy: { userId: "asc" },
    });
    expect(rows.map((r) => [r.userId, r.status, r.nextRunAt?.toISOString()])).toEqual([
      ["ann", "pending", "2026-12-04T05:00:00.000Z"],
      ["kai", "pending", "2026-12-03T21:00:00.000Z"],
      ["ola", "pending", "2026-12-04T05:00:00.000Z"],
    ]);
    expect((await planDispatch(fridaySixBerlin, 100)).due).toBe(0);
    expect((await bookDueJobsPage({ at: fridaySixBerlin, bookingKey: "t:1", limit: 100 })).booked).toEqual(
      [],
    );
  });

  it("honours enabled=false, never books a deleted account again, and books nothing while paused", async () => {
    await makePerson("ann", "UTC");
    await makePerson("bob", "UTC");
    await makePerson("gone", "UTC");
    const monday = new Date("2026-11-23T00:00:00Z");
    for (const id of ["ann", "bob", "gone"]) await scheduleWeeklyGeneration(id, { now: monday });
    await db.scheduledJob.updateMany({ where: { userId: "bob" }, data: { enabled: false } });
    await db.user.update({ where: { id: "gone" }, data: { deletedAt: new Date() } });
    const friday = new Date("2026-11-27T06:00:00Z");

    await db.featureFlag.create({ data: { flagName: "scheduler", killSwitch: true } });
    resetFlagCache();
    expect(await planDispatch(friday, 10)).toMatchObject({ isPaused: true, pages: 0 });
    await db.featureFlag.update({
      where: { flagName: "scheduler" },
      data: { killSwitch: false, version: { increment: 1 } },
    });
    resetFlagCache();

    const page = await bookDueJobsPage({ at: friday, bookingKey: "k:0", limit: 10 });
    expect(page.booked.map((b) => b.userId)).toEqual(["ann"]);
    expect(
      (await db.scheduledJob.findFirstOrThrow({ where: { userId: "gone", jobType: "WeeklyGeneration" } }))
        .nextRunAt,
    ).toBeNull();
    expect(
      (
        await db.scheduledJob.findFirstOrThrow({ where: { userId: "bob", jobType: "WeeklyGeneration" } })
      ).nextRunAt?.toISOString(),
    ).toBe("2026-11-27T06:00:00.000Z");
  });

  it("fans out 50,000 due people in pages; a retried page books nothing twice and strands nothing", async () => {
    const due = new Date("2026-11-27T05:00:00Z");
    await db.$executeRaw`
      INSERT INTO users (id, name, email, updated_at)
      SELECT 'u' || g, 'U' || g, 'u' || g || '@example.com', now() FROM generate_series(1, 50000) g`;
    await db.$executeRaw`
      INSERT INTO nutrition_targets (user_id, kcal, protein_g, carbs_g, fat_g, updated_at)
      SELECT id, 2000, 120, 220, 70, now() FROM users`;
    await db.$executeRaw`
      INSERT INTO dietary_preferences (user_id, time_zone, updated_at) SELECT id, 'Europe/Berlin', now() FROM users`;
    await db.$executeRaw`
      INSERT INTO scheduled_jobs (id, job_type, user_id, frequency, next_run_at, updated_at)
      SELECT 'j' || id, 'WeeklyGeneration', id, 'weekly', ${due}, now() FROM users`;

    const plan = await planDispatch(due, 5000);
    expect(plan).toMatchObject({ due: 50_000, pages: 10 });
    const seen = new Set<string>();
    for (let page = 0; page < plan.pages; page += 1) {
      const first = await bookDueJobsPage({ at: due, bookingKey: `big:${page}`, limit: 5000 });
      expect(first.isRetry).toBe(false);
      // The step is retried after it committed (its output was lost): it answers with the same bookings.
      const retried = await bookDueJobsPage({ at: due, bookingKey: `big:${page}`, limit: 5000 });
      expect(retried.isRetry).toBe(true);
      expect(retried.booked.map((b) => b.scheduledJobId).sort()).toEqual(
        first.booked.map((b) => b.scheduledJobId).sort(),
      );
      for (const booking of first.booked) {
        expect(seen.has(booking.scheduledJobId)).toBe(false);
        seen.add(booking.scheduledJobId);
      }
    }
    expect(seen.size).toBe(50_000);
    expect(await db.scheduledJob.count({ where: { status: "pending", nextRunAt: { gt: due } } })).toBe(
      50_000,
    );
    expect((await planDispatch(due, 5000)).due).toBe(0);
  }, 180_000);
});
