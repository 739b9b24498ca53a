import { DateTime } from "luxon";

/**
 * The Monday that starts the week a plan is for, as an ISO date in the person's own time zone: plans are
 * made ahead (Friday by default), so the week is the next one that has not started yet.
 */
export function nextWeekStart(now: Date, timeZone: string): string {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const daysUntilMonday = (8 - local.weekday) % 7 || 7;
  return local.plus({ days: daysUntilMonday }).toISODate() ?? local.toISODate() ?? "";
}

/** The Monday of the week `now` falls in, in the person's time zone: the week an on-demand plan is for. */
export function currentWeekStart(now: Date, timeZone: string): string {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  return local.minus({ days: local.weekday - 1 }).toISODate() ?? "";
}
