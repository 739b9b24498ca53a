import { db, type Prisma } from "@/lib/db";
import { nextWeeklyRun } from "@/lib/jobs/next-run";

/**
 * Keeps a person's WeeklyGeneration (and PlanNotification) row in step with their plan day, hour and time zone: called whenever
 * those change (and by the seed). A person without targets is not planned for, so has no row yet.
 * `enabled` and the last booking's state are left as they are.
 */
export async function scheduleWeeklyGeneration(
  userId: string,
  options: { now?: Date; client?: Prisma.TransactionClient } = {},
): Promise<{ nextRunAt: Date } | null> {
  const client = options.client ?? db;
  const person = await client.user.findUnique({
    where: { id: userId },
    select: {
      deletedAt: true,
      nutritionTarget: { select: { userId: true } },
      dietaryPreference: { select: { timeZone: true, planWeekday: true, planHour: true } },
    },
  });
  const prefs = person?.dietaryPreference;
  if (!person || person.deletedAt || !person.nutritionTarget || !prefs) return null;
  const nextRunAt = nextWeeklyRun(
    options.now ?? new Date(),
    prefs.timeZone,
    prefs.planWeekday,
    prefs.planHour,
  );
  await client.scheduledJob.upsert({
    where: { userId_jobType: { userId, jobType: "WeeklyGeneration" } },
    create: { userId, jobType: "WeeklyGeneration", frequency: "weekly", nextRunAt },
    update: { frequency: "weekly", nextRunAt },
  });
  // The plan-ready e-mail follows each plan rather than a clock: its row has no next run, and shows the last
  // e-mail's state and whether it is switched on.
  await client.scheduledJob.upsert({
    where: { userId_jobType: { userId, jobType: "PlanNotification" } },
    create: { userId, jobType: "PlanNotification", frequency: "after_plan" },
    update: {},
  });
  return { nextRunAt };
}
