import { db } from "@/lib/db";
import { isFeatureEnabled, isKillSwitchEngaged } from "@/lib/flags/server";
import { isPlanHour, nextWeekStart } from "@/lib/plans/week-start";

export const GENERATION_FLAG = "phase3_generation_engine";
const SCHEDULER_FLAG = "scheduler";

export interface DuePlanJob {
  scheduledJobId: string;
  userId: string;
  weekStart: string;
  idempotencyKey: string;
}

/**
 * Books a WeeklyGeneration job for everyone whose local plan hour is now and who has the generation flag.
 * The idempotency key (user + week) makes a retried or overlapping fan-out book each week once; a paused
 * scheduler (the guard's `scheduler` kill switch) books nothing.
 */
export async function bookDuePlanJobs(
  now = new Date(),
): Promise<{ booked: DuePlanJob[]; isPaused: boolean }> {
  if (await isKillSwitchEngaged(SCHEDULER_FLAG)) return { booked: [], isPaused: true };
  const people = await db.dietaryPreference.findMany({
    where: { user: { deletedAt: null, nutritionTarget: { isNot: null } } },
    select: { userId: true, timeZone: true, planWeekday: true, planHour: true },
  });
  const due = people.filter((p) => isPlanHour(now, p.timeZone, p.planWeekday, p.planHour));
  const enabled: typeof due = [];
  for (const person of due) {
    if (await isFeatureEnabled({ id: person.userId }, GENERATION_FLAG)) enabled.push(person);
  }
  const wanted = enabled.map((p) => {
    const weekStart = nextWeekStart(now, p.timeZone);
    return { userId: p.userId, weekStart, idempotencyKey: `WeeklyGeneration:${p.userId}:${weekStart}` };
  });
  // Only rows this call inserted: a job booked by an earlier (retried) run is not requested twice.
  const created = await db.scheduledJob.createManyAndReturn({
    data: wanted.map((job) => ({
      jobType: "WeeklyGeneration" as const,
      userId: job.userId,
      frequency: "weekly",
      scheduledFor: now,
      idempotencyKey: job.idempotencyKey,
      payload: { weekStart: job.weekStart },
    })),
    skipDuplicates: true,
    select: { id: true, idempotencyKey: true },
  });
  const idByKey = new Map(created.map((r) => [r.idempotencyKey, r.id]));
  return {
    isPaused: false,
    booked: wanted.flatMap((job) => {
      const scheduledJobId = idByKey.get(job.idempotencyKey);
      return scheduledJobId ? [{ ...job, scheduledJobId }] : [];
    }),
  };
}
