import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export const BookScheduledJobSchema = z.object({
  job_type: z.enum(["WeeklyGeneration", "AutoSync", "PlanNotification", "CatalogueSync"]),
  frequency: z.enum(["once", "daily", "weekly"]).default("once"),
  user_id: z.string().min(1).optional(),
  enabled: z.boolean().default(true),
  scheduled_for: z.iso.datetime({ offset: true }).optional(),
});
export type BookScheduledJob = z.infer<typeof BookScheduledJobSchema>;

/** Books a job by hand (the plan's smoke test); the same row shape the scheduler writes. */
export async function bookScheduledJob(input: BookScheduledJob) {
  if (input.user_id && !(await db.user.findUnique({ where: { id: input.user_id }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND", `No user ${input.user_id}.`);
  }
  const job = await db.scheduledJob.create({
    data: {
      jobType: input.job_type,
      frequency: input.frequency,
      userId: input.user_id ?? null,
      enabled: input.enabled,
      scheduledFor: input.scheduled_for ? new Date(input.scheduled_for) : new Date(),
    },
  });
  return {
    id: job.id,
    job_type: job.jobType,
    status: job.status,
    user_id: job.userId,
    frequency: job.frequency,
  };
}

export const ListScheduledJobsSchema = z.object({
  user_id: z.string().min(1).optional(),
  status: z.enum(["pending", "running", "completed", "failed", "cancelled"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export async function listScheduledJobsForApi(query: z.infer<typeof ListScheduledJobsSchema>) {
  const jobs = await db.scheduledJob.findMany({
    where: { userId: query.user_id, status: query.status },
    orderBy: { createdAt: "desc" },
    take: query.limit,
  });
  return jobs.map((j) => ({
    id: j.id,
    job_type: j.jobType,
    status: j.status,
    user_id: j.userId,
    frequency: j.frequency,
    created_at: j.createdAt.toISOString(),
  }));
}
