import { z } from "zod";
import type { Prisma } from "@/lib/db";
import { JobStatus, JobType } from "@/lib/generated/prisma/enums";
import { optionalEnumParam, optionalTextParam, optionalUtcDateTimeParam } from "@/lib/admin/search-params";
import { ONE_DIRECTION_MESSAGE, cursorParam, oneDirection } from "@/lib/admin/keyset";

/**
 * The jobs page's address bar: `?type=AutoSync&status=failed&user=ana&from=2026-03-01T00:00&older=…`. Job runs
 * and scheduled jobs page by keyset (`older`/`newer`, `scheduledOlder`/`scheduledNewer` cursors).
 */
export const JobFiltersSchema = z
  .object({
    type: optionalEnumParam(JobType, "job type"),
    status: optionalEnumParam(JobStatus, "status"),
    user: optionalTextParam("User e-mail"),
    from: optionalUtcDateTimeParam("From"),
    to: optionalUtcDateTimeParam("To"),
    older: cursorParam(),
    newer: cursorParam(),
    scheduledOlder: cursorParam(),
    scheduledNewer: cursorParam(),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    message: "“From” must not be later than “To”.",
  })
  .refine((filters) => oneDirection(filters.older, filters.newer), { message: ONE_DIRECTION_MESSAGE })
  .refine((filters) => oneDirection(filters.scheduledOlder, filters.scheduledNewer), {
    message: ONE_DIRECTION_MESSAGE,
  });

export type JobFilters = z.output<typeof JobFiltersSchema>;

/** The filters that narrow rows; pages are asked for separately. */
export type JobRowFilters = Pick<JobFilters, "type" | "status" | "user" | "from" | "to">;

function userEmailContains(user: string | undefined) {
  return user ? { email: { contains: user, mode: "insensitive" as const } } : undefined;
}

function timeRange(from: Date | undefined, to: Date | undefined) {
  return from || to ? { gte: from, lte: to } : undefined;
}

/** Job runs by type, status, user e-mail and start time (both ends inclusive). */
export function jobExecutionWhere(filters: JobRowFilters): Prisma.JobExecutionWhereInput {
  return {
    jobType: filters.type,
    status: filters.status,
    user: userEmailContains(filters.user),
    startedAt: timeRange(filters.from, filters.to),
  };
}

/** Scheduled jobs by type, status, user e-mail and the time they are scheduled for. */
export function scheduledJobWhere(filters: JobRowFilters): Prisma.ScheduledJobWhereInput {
  return {
    jobType: filters.type,
    status: filters.status,
    user: userEmailContains(filters.user),
    scheduledFor: timeRange(filters.from, filters.to),
  };
}
