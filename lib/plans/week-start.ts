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

/** Whether `now` falls in the person's plan hour (ISO weekday 1–7, hour 0–23) in their time zone. */
export function isPlanHour(now: Date, timeZone: string, planWeekday: number, planHour: number): boolean {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  return local.isValid && local.weekday === planWeekday && local.hour === planHour;
}
