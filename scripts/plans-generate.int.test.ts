import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { seedCatalogue } from "@/prisma/seed/seed-catalogue";
import { resetDatabase } from "@/test/reset-database";

const ROOT = path.resolve(import.meta.dirname, "..");

function cli(...args: string[]) {
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/plans-generate.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: inject("databaseUrl"),
      LOG_LEVEL: "silent",
      // No Inngest here: the follow-up event must fail fast, not hang.
      INNGEST_DEV: "1",
      INNGEST_BASE_URL: "http://127.0.0.1:9",
    },
    timeout: 120_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

async function makePerson(id: string, email: string) {
  await db.user.create({
    data: {
      id,
      email,
      name: id,
      nutritionTarget: { create: { kcal: 2000, proteinG: 120, carbsG: 220, fatG: 70 } },
      dietaryPreference: { create: { timeZone: "Europe/Berlin" } },
    },
  });
}

// Each case starts the CLI as a person would (tsx, module loading, a database connection): seconds each.
describe("npm run plans:generate", { timeout: 240_000 }, () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedCatalogue(db);
    await db.featureFlag.create({ data: { flagName: "phase3_generation_engine", enabledGlobally: true } });
    await makePerson("ann", "ann@example.com");
    await makePerson("bob", "bob@example.com");
  });

  it("refuses bad arguments and unknown people with a clear message", () => {
    const none = cli();
    expect(none.code).toBe(2);
    expect(none.out).toMatch(/either --user <email\|id> or --due/);
    const badWeek = cli("--user", "ann@example.com", "--week", "2026-13-40");
    expect(badWeek.code).toBe(2);
    expect(badWeek.out).toMatch(/--week is not a real date/);
    const badAt = cli("--due", "--at", "friday");
    expect(badAt.code).toBe(2);
    expect(badAt.out).toMatch(/--at must be an ISO time/);
    const unknown = cli("--user", "nobody@example.com");
    expect(unknown.code).toBe(2);
    expect(unknown.out).toMatch(/No person with the e-mail address or id "nobody@example.com"/);
  });

  it("makes one person's week by e-mail, recorded as a cli run", async () => {
    const run = cli("--user", "ann@example.com", "--week", "2026-12-02");
    expect(run.out).toMatch(/Made the plan for ann@example.com, week of 2026-11-30/);
    expect(run.out).toMatch(/Inngest not reachable/);
    expect(run.code).toBe(0);
    expect(await db.mealPlan.count({ where: { userId: "ann", weekStart: new Date("2026-11-30") } })).toBe(1);
    expect(
      await db.jobExecution.count({ where: { userId: "ann", trigger: "cli", status: "completed" } }),
    ).toBe(1);
  });

  it("runs the fan-out for everyone due at a given time", async () => {
    const due = new Date("2026-12-04T05:00:00Z");
    await db.scheduledJob.createMany({
      data: ["ann", "bob"].map((userId) => ({
        userId,
        jobType: "WeeklyGeneration" as const,
        frequency: "weekly",
        nextRunAt: due,
      })),
    });
    const run = cli("--due", "--at", "2026-12-04T05:00:00Z");
    expect(run.out).toMatch(/2 booked, 2 plans made, 0 failed/);
    expect(run.code).toBe(0);
    expect(await db.mealPlan.count({ where: { weekStart: new Date("2026-12-07") } })).toBe(2);
    const jobs = await db.scheduledJob.findMany({ select: { status: true, nextRunAt: true } });
    expect(
      jobs.every(
        (j) => j.status === "completed" && j.nextRunAt?.toISOString() === "2026-12-11T05:00:00.000Z",
      ),
    ).toBe(true);
    // Run again at the same time: nothing is due any more.
    expect(cli("--due", "--at", "2026-12-04T05:00:00Z").out).toMatch(/0 booked, 0 plans made/);
  });
});
