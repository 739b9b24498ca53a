import { db, type Prisma } from "@/lib/db";
import type { JobType } from "@/lib/generated/prisma/enums";
import { isKillSwitchEngaged, preloadFlagUsers } from "@/lib/flags/server";
import { checkGates } from "@/lib/jobs/check-job-may-run";
import { SCHEDULER_FLAG } from "@/lib/jobs/job-gates";
import { nextRunAfter, nextWeeklyRun } from "@/lib/jobs/next-run";
import { nextWeekStart } from "@/lib/plans/week-start";

/** One booked run: small on purpose, it travels through a step's output. */
export interface JobBooking {
  scheduledJobId: string;
  jobType: JobType;
  userId: string | null;
  /** The event id: Inngest drops a second event with the same id, so a re-sent booking runs once. */
  idempotencyKey: string;
  /** The week a WeeklyGeneration booking plans for. */
  weekStart?: string;
}

export interface DispatchPlan {
  at: string;
  isPaused: boolean;
  due: number;
  pages: number;
}

interface DueRow {
  id: string;
  job_type: JobType;
  user_id: string | null;
  frequency: string;
  next_run_at: Date;
  deleted_at: Date | null;
  time_zone: string | null;
  plan_weekday: number | null;
  plan_hour: number | null;
}

/**
 * How many runs are due at `at` and so how many pages the dispatcher fans out. Served by the
 * (enabled, next_run_at) index: the cost is the number due, not the number of people.
 */
export async function planDispatch(at: Date, pageSize: number): Promise<DispatchPlan> {
  if (await isKillSwitchEngaged(SCHEDULER_FLAG))
    return { at: at.toISOString(), isPaused: true, due: 0, pages: 0 };
  const due = await db.scheduledJob.count({ where: { enabled: true, nextRunAt: { lte: at } } });
  return { at: at.toISOString(), isPaused: false, due, pages: Math.ceil(due / pageSize) };
}

function bookingOf(
  row: Pick<DueRow, "id" | "job_type" | "user_id">,
  key: string,
  weekStart?: string,
): JobBooking {
  return {
    scheduledJobId: row.id,
    jobType: row.job_type,
    userId: row.user_id,
    idempotencyKey: key,
    ...(weekStart ? { weekStart } : {}),
  };
}

async function isAllowed(row: DueRow): Promise<boolean> {
  if (row.user_id && row.deleted_at) return false;
  return (await checkGates(row.job_type, row.user_id)).mayRun;
}

/** What the row looks like after this booking: its next due time, and the run being booked. */
function advance(row: DueRow, at: Date): { nextRunAt: Date | null; weekStart?: string; periodKey: string } {
  const due = row.next_run_at;
  if (row.job_type === "WeeklyGeneration" && row.time_zone && row.plan_weekday && row.plan_hour !== null) {
    const weekStart = nextWeekStart(due, row.time_zone);
    const after = due.getTime() > at.getTime() ? due : at;
    return {
      nextRunAt: nextWeeklyRun(after, row.time_zone, row.plan_weekday, row.plan_hour),
      weekStart,
      periodKey: weekStart,
    };
  }
  return { nextRunAt: nextRunAfter(row.frequency, due, at), periodKey: due.toISOString() };
}

/**
 * Books one page of due runs. Rows are claimed with FOR UPDATE SKIP LOCKED, so pages running side by side
 * never book a row twice; each row moves to its next due time in the same transaction, so the next page
 * (or the next hour's dispatcher) does not see it again. A retried page first looks for the rows it
 * booked under `bookingKey` and returns those: it neither books twice nor strands what it booked.
 * People the job's flag does not enable (or who deleted their account) are moved on without a booking.
 */
export async function bookDueJobsPage(input: {
  at: Date;
  bookingKey: string;
  limit: number;
  /** Only these job types (the ops CLI books the weekly plans it can run itself). */
  jobTypes?: readonly JobType[];
}): Promise<{ booked: JobBooking[]; skipped: number; isRetry: boolean }> {
  const earlier = await db.scheduledJob.findMany({
    where: { bookingKey: input.bookingKey },
    select: { id: true, jobType: true, userId: true, idempotencyKey: true, payload: true },
  });
  if (earlier.length > 0) {
    return {
      isRetry: true,
      skipped: 0,
      booked: earlier.map((row) => {
        const weekStart = (row.payload as { weekStart?: unknown } | null)?.weekStart;
        return bookingOf(
          { id: row.id, job_type: row.jobType, user_id: row.userId },
          row.idempotencyKey ?? row.id,
          typeof weekStart === "string" ? weekStart : undefined,
        );
      }),
    };
  }

  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<DueRow[]>`
        SELECT j.id, j.job_type, j.user_id, j.frequency, j.next_run_at,
               u.deleted_at, p.time_zone, p.plan_weekday, p.plan_hour
          FROM scheduled_jobs j
          LEFT JOIN users u ON u.id = j.user_id
          LEFT JOIN dietary_preferences p ON p.user_id = j.user_id
         WHERE j.enabled AND j.next_run_at <= ${input.at}
           AND (${input.jobTypes ?? null}::"JobType"[] IS NULL OR j.job_type = ANY(${input.jobTypes ?? null}::"JobType"[]))
         ORDER BY j.next_run_at, j.id
         LIMIT ${input.limit}
           FOR UPDATE OF j SKIP LOCKED`;
      // One enrolment lookup for the page, not one per person: the gates below then read the cache.
      await preloadFlagUsers(rows.flatMap((row) => (row.user_id ? [row.user_id] : [])));
      const booked: JobBooking[] = [];
      const updates: {
        id: string;
        nextRunAt: Date | null;
        book: boolean;
        key: string | null;
        payload: Prisma.InputJsonValue;
      }[] = [];
      for (const row of rows) {
        const next = advance(row, input.at);
        const allowed = await isAllowed(row);
        const key = `${row.job_type}:${row.user_id ?? "system"}:${next.periodKey}`;
        if (allowed) booked.push(bookingOf(row, key, next.weekStart));
        updates.push({
          id: row.id,
          // A deleted account is never due again.
          nextRunAt: row.user_id && row.deleted_at ? null : next.nextRunAt,
          book: allowed,
          key: allowed ? key : null,
          payload: next.weekStart ? { weekStart: next.weekStart } : {},
        });
      }
      if (updates.length > 0) {
        await tx.$executeRaw`
          UPDATE scheduled_jobs AS j
             SET next_run_at = v.next_run_at,
                 status = CASE WHEN v.book THEN 'pending'::"JobStatus" ELSE j.status END,
                 scheduled_for = CASE WHEN v.book THEN j.next_run_at ELSE j.scheduled_for END,
                 idempotency_key = CASE WHEN v.book THEN v.key ELSE j.idempotency_key END,
                 booking_key = CASE WHEN v.book THEN ${input.bookingKey} ELSE j.booking_key END,
                 payload = CASE WHEN v.book THEN v.payload ELSE j.payload END,
                 updated_at = now()
            FROM unnest(${updates.map((u) => u.id)}::text[],
                        ${updates.map((u) => u.nextRunAt)}::timestamptz[],
                        ${updates.map((u) => u.book)}::boolean[],
                        ${updates.map((u) => u.key)}::text[],
                        ${updates.map((u) => JSON.stringify(u.payload))}::jsonb[])
                 AS v(id, next_run_at, book, key, payload)
           WHERE j.id = v.id`;
      }
      return { booked, skipped: rows.length - booked.length, isRetry: false };
    },
    { timeout: 60_000 },
  );
}
