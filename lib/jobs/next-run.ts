import { DateTime } from "luxon";

/**
 * When a recurring job is due next, strictly after `after`. Pure: the dispatcher, the profile save and the
 * migration's backfill all agree on this rule.
 */

/**
 * The next instant, after `after`, at which the person's local clock shows `isoWeekday` (1 = Monday) at
 * `hour`:00. Wall-clock arithmetic in their zone, so a DST change keeps 06:00 at 06:00; an hour that does
 * not exist that day (spring forward) resolves to the next valid instant.
 */
export function nextWeeklyRun(after: Date, timeZone: string, isoWeekday: number, hour: number): Date {
  const local = DateTime.fromJSDate(after, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`Unknown time zone ${timeZone}.`);
  let candidate = local
    .startOf("day")
    .plus({ days: (isoWeekday - local.weekday + 7) % 7 })
    .set({ hour, minute: 0, second: 0, millisecond: 0 });
  if (candidate.toMillis() <= after.getTime()) candidate = candidate.plus({ weeks: 1 });
  return candidate.toJSDate();
}

const STEP: Record<string, { days: number }> = { daily: { days: 1 }, weekly: { days: 7 } };

/**
 * The next run of a job booked by hand: a `once` job has none; `daily` and `weekly` step on from the run that
 * was due (not from now), skipping runs missed while nothing dispatched, so a late dispatcher books one run.
 */
export function nextRunAfter(frequency: string, due: Date, after: Date): Date | null {
  const step = STEP[frequency];
  if (!step) return null;
  let next = DateTime.fromJSDate(due, { zone: "utc" }).plus(step);
  while (next.toMillis() <= after.getTime()) next = next.plus(step);
  return next.toJSDate();
}
