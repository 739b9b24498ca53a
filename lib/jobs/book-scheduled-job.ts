import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import type { JobType } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import type { JobBooking } from "@/lib/jobs/book-due-jobs";
import { nextWeeklyRun } from "@/lib/jobs/next-run";
import { nextWeekStart } from "@/lib/plans/week-start";

const BOOKABLE = ["WeeklyGeneration", "AutoSync", "PlanNotification", "CatalogueSync"] as const;
const PER_PERSON: readonly JobType[] = ["WeeklyGeneration", "AutoSync", "PlanNotification"];
const JOB_ID = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/, "is not a job id");

export const BookScheduledJobSchema = z.object({
  job_type: z.enum(BOOKABLE),
  frequency: z.enum(["once", "daily", "weekly"]).default("once"),
  user_id: z.string().min(1).max(64).optional(),
  enabled: z.boolean().default(true),
  scheduled_for: z.iso.datetime({ offset: true }).optional(),
});
export type BookScheduledJob = z.infer<typeof BookScheduledJobSchema>;

const jobSelect = {
  id: true,
  jobType: true,
  userId: true,
  frequency: true,
  status: true,
  enabled: true,
  nextRunAt: true,
  lastRunAt: true,
  scheduledFor: true,
  createdAt: true,
} satisfies Prisma.ScheduledJobSelect;

type JobRow = Prisma.ScheduledJobGetPayload<{ select: typeof jobSelect }>;

/** The API's shape: snake_case, as the rollout plan's smoke test reads it. */
export function toApiJob(job: JobRow) {
  return {
    id: job.id,
    job_type: job.jobType,
    user_id: job.userId,
    frequency: job.frequency,
    status: job.status,
    enabled: job.enabled,
    next_run_at: job.nextRunAt?.toISOString() ?? null,
    last_run_at: job.lastRunAt?.toISOString() ?? null,
    created_at: job.createdAt.toISOString(),
  };
}

/**
 * Books a job by hand (the plan's smoke test). There is one row per person and job type, so booking again
 * updates it. It runs at its next due time: `scheduled_for`, else a weekly plan at the person's next plan
 * hour, else at the dispatcher's next pass.
 */
export async function bookScheduledJob(input: BookScheduledJob, now = new Date()) {
  const isPerPerson = PER_PERSON.includes(input.job_type);
  if (isPerPerson && !input.user_id) throw new AppError("BAD_REQUEST", `${input.job_type} needs a user_id.`);
  if (!isPerPerson && input.user_id)
    throw new AppError("BAD_REQUEST", `${input.job_type} is not per person.`);
  let nextRunAt = input.scheduled_for ? new Date(input.scheduled_for) : now;
  let frequency: string = input.frequency;
  if (input.user_id) {
    const person = await db.user.findFirst({
      where: { id: input.user_id, deletedAt: null },
      select: { nutritionTarget: { select: { userId: true } }, dietaryPreference: true },
    });
    if (!person) throw new AppError("NOT_FOUND", `No user ${input.user_id}.`);
    if (input.job_type === "WeeklyGeneration") {
      const prefs = person.dietaryPreference;
      if (!prefs || !person.nutritionTarget) {
        throw new AppError("BAD_REQUEST", "This person has no targets yet, so no weekly plan can be made.");
      }
      // Weekly plans follow the person's own plan day and hour.
      frequency = "weekly";
      if (!input.scheduled_for)
        nextRunAt = nextWeeklyRun(now, prefs.timeZone, prefs.planWeekday, prefs.planHour);
    }
  }
  const data = { frequency, enabled: input.enabled, nextRunAt };
  const job = input.user_id
    ? await db.scheduledJob.upsert({
        where: { userId_jobType: { userId: input.user_id, jobType: input.job_type } },
        create: { ...data, userId: input.user_id, jobType: input.job_type },
        update: data,
        select: jobSelect,
      })
    : await db.$transaction(async (tx) => {
        const existing = await tx.scheduledJob.findFirst({
          where: { userId: null, jobType: input.job_type },
          select: { id: true },
        });
        return existing
          ? tx.scheduledJob.update({ where: { id: existing.id }, data, select: jobSelect })
          : tx.scheduledJob.create({ data: { ...data, jobType: input.job_type }, select: jobSelect });
      });
  return toApiJob(job);
}

export const ListScheduledJobsSchema = z.object({
  user_id: z.string().min(1).max(64).optional(),
  job_type: z.enum(BOOKABLE).optional(),
  status: z.enum(["pending", "running", "completed", "failed", "cancelled"]).optional(),
  enabled: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

function encodeCursor(job: { createdAt: Date; id: string }): string {
  return Buffer.from(`${job.createdAt.toISOString()}|${job.id}`).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = new Date(at ?? "");
  if (!id || Number.isNaN(createdAt.getTime())) throw new AppError("BAD_REQUEST", "The cursor is not valid.");
  return { createdAt, id };
}

/** Newest first, keyset-paged: each page costs the same however deep the listing goes. */
export async function listScheduledJobsForApi(query: z.infer<typeof ListScheduledJobsSchema>) {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const jobs = await db.scheduledJob.findMany({
    where: {
      userId: query.user_id,
      jobType: query.job_type,
      status: query.status,
      enabled: query.enabled,
      ...(after
        ? {
            OR: [
              { createdAt: { lt: after.createdAt } },
              { createdAt: after.createdAt, id: { lt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: jobSelect,
  });
  const page = jobs.slice(0, query.limit);
  const last = page.at(-1);
  return {
    jobs: page.map(toApiJob),
    next_cursor: jobs.length > query.limit && last ? encodeCursor(last) : null,
  };
}

export const JobIdSchema = JOB_ID;
export const UpdateScheduledJobSchema = z.object({ enabled: z.boolean() }).strict();

export async function setScheduledJobEnabled(id: string, enabled: boolean) {
  const job = await db.scheduledJob
    .update({ where: { id }, data: { enabled }, select: jobSelect })
    .catch(() => null);
  if (!job) throw new AppError("NOT_FOUND", `No scheduled job ${id}.`);
  return toApiJob(job);
}

/**
 * Books a run of the job now ("run now"): the row goes to `pending` under a fresh idempotency key and the
 * caller sends the event. `undo` puts the row back when the event could not be sent, so nothing is left
 * waiting for a run that will never come.
 */
export async function bookRunNow(
  id: string,
  now = new Date(),
): Promise<{ booking: JobBooking; undo: () => Promise<void> }> {
  const job = await db.scheduledJob.findUnique({
    where: { id },
    select: {
      id: true,
      jobType: true,
      userId: true,
      enabled: true,
      status: true,
      idempotencyKey: true,
      user: { select: { dietaryPreference: { select: { timeZone: true } } } },
    },
  });
  if (!job) throw new AppError("NOT_FOUND", `No scheduled job ${id}.`);
  if (!job.enabled) throw new AppError("CONFLICT", "This job is disabled: enable it before running it.");
  if (job.status === "running") throw new AppError("CONFLICT", "This job is running now.");
  const weekStart =
    job.jobType === "WeeklyGeneration"
      ? nextWeekStart(now, job.user?.dietaryPreference?.timeZone ?? "UTC")
      : undefined;
  const idempotencyKey = `manual:${job.id}:${now.getTime()}`;
  await db.scheduledJob.update({
    where: { id },
    data: { status: "pending", idempotencyKey, scheduledFor: now, payload: weekStart ? { weekStart } : {} },
  });
  return {
    booking: {
      scheduledJobId: job.id,
      jobType: job.jobType,
      userId: job.userId,
      idempotencyKey,
      ...(weekStart ? { weekStart } : {}),
    },
    undo: async () => {
      await db.scheduledJob.updateMany({
        where: { id, idempotencyKey },
        data: { status: job.status, idempotencyKey: job.idempotencyKey },
      });
    },
  };
}
