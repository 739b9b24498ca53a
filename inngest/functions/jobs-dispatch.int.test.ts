import { InngestTestEngine } from "@inngest/test";
import { beforeEach, describe, expect, it } from "vitest";
import { dispatchDueJobs } from "@/inngest/functions/cron.dispatch-due-jobs";
import { functions } from "@/inngest/functions";
import { dispatchJobsPage } from "@/inngest/functions/jobs-dispatch-page-requested";
import { db } from "@/lib/db";
import { resetDatabase } from "@/test/reset-database";

const FLAG = "phase3_generation_engine";

async function seedDuePeople(count: number, due: Date) {
  await db.featureFlag.create({ data: { flagName: FLAG, enabledGlobally: true } });
  for (let i = 0; i < count; i += 1) {
    await db.user.create({
      data: {
        id: `p${i}`,
        email: `p${i}@example.com`,
        name: `P${i}`,
        nutritionTarget: { create: { kcal: 2000, proteinG: 120, carbsG: 220, fatG: 70 } },
        dietaryPreference: { create: { timeZone: "UTC" } },
        scheduledJobs: { create: { jobType: "WeeklyGeneration", frequency: "weekly", nextRunAt: due } },
      },
    });
  }
}

function pageEvent(at: string, page: number, limit: number) {
  return { name: "jobs/dispatch.page.requested" as const, data: { at, page, limit } };
}

describe("the dispatcher", () => {
  beforeEach(resetDatabase);

  it("is registered, and fans out one page event per page of due jobs with stable ids", async () => {
    expect(functions).toContain(dispatchDueJobs);
    expect(functions).toContain(dispatchJobsPage);
    await seedDuePeople(3, new Date(Date.now() - 60_000));
    const engine = new InngestTestEngine({
      function: dispatchDueJobs,
      events: [{ name: "inngest/scheduled.timer", data: { cron: "*/5 * * * *" } }],
      steps: [{ id: "request-pages", handler: () => ({ ids: ["e1"] }) }],
    });
    const { result, error, ctx } = await engine.execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ due: 3, pages: 1, isPaused: false });
    const at = (result as { at: string }).at;
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("request-pages", [
      expect.objectContaining({
        id: `dispatch:${at}:0`,
        name: "jobs/dispatch.page.requested",
        data: { at, page: 0, limit: 2000 },
      }),
    ]);
  });

  it("books a page and sends one plan/generate.requested per person, keyed by person and week", async () => {
    const due = new Date("2026-11-27T06:00:00Z");
    await seedDuePeople(3, due);
    const engine = new InngestTestEngine({
      function: dispatchJobsPage,
      events: [pageEvent("2026-11-27T06:01:00.000Z", 0, 100)],
      steps: [{ id: "send-job-events", handler: () => ({ ids: ["a", "b", "c"] }) }],
    });
    const { result, error, ctx } = await engine.execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ booked: 3, sent: 3, isRetry: false });
    const sent = (
      ctx.step.sendEvent as unknown as { mock: { calls: [string, { id: string; data: unknown }[]][] } }
    ).mock.calls[0]![1];
    expect(sent.map((e) => e.id).sort()).toEqual([
      "WeeklyGeneration:p0:2026-11-30",
      "WeeklyGeneration:p1:2026-11-30",
      "WeeklyGeneration:p2:2026-11-30",
    ]);
    expect(sent[0]!.data).toMatchObject({ weekStart: "2026-11-30", trigger: "scheduled" });

    // The same page event again (a retry after the step committed): the same events, nothing booked anew.
    const again = await new InngestTestEngine({
      function: dispatchJobsPage,
      events: [pageEvent("2026-11-27T06:01:00.000Z", 0, 100)],
      steps: [{ id: "send-job-events", handler: () => ({ ids: ["a", "b", "c"] }) }],
    }).execute();
    expect(again.result).toMatchObject({ booked: 3, sent: 3, isRetry: true });
    expect(await db.scheduledJob.count({ where: { bookingKey: "2026-11-27T06:01:00.000Z:0" } })).toBe(3);
  });
});
