/**
 * Formatting shared by the templates and their subjects. Payloads carry calendar dates and instants as ISO
 * strings (they are stored as JSON in the outbox), and every e-mail renders them in UTC so the same row
 * renders byte-for-byte the same on any server: a retry must not change what Resend sees under one
 * idempotency key.
 */

const LOCALE = "en-GB";

/** `2026-11-30` → `30 November`. */
export function formatDayMonth(isoDate: string): string {
  return new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "long", timeZone: "UTC" }).format(
    calendarDate(isoDate),
  );
}

/** `2026-12-04` → `Friday 4 December`. */
export function formatWeekdayDate(isoDate: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(calendarDate(isoDate));
}

/** `2026-11-30` → `Mon 30 Nov`: fits a table column. */
export function formatShortDay(isoDate: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(calendarDate(isoDate));
}

/** `2026-12-04` → `Friday`. */
export function formatWeekday(isoDate: string): string {
  return new Intl.DateTimeFormat(LOCALE, { weekday: "long", timeZone: "UTC" }).format(calendarDate(isoDate));
}

/** An instant as `27 Nov 2026, 14:05 UTC`: staff compare it with dashboards that show UTC. */
export function formatInstantUtc(isoDateTime: string): string {
  const formatted = new Intl.DateTimeFormat(LOCALE, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  }).format(new Date(isoDateTime));
  return `${formatted} UTC`;
}

/** Whole numbers with thousands separators: `2150` → `2,150`. */
export function formatInteger(value: number): string {
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }).format(value);
}

/** Up to two decimals, no trailing zeros: metric readings such as `7.25` or `60`. */
export function formatMetric(value: number): string {
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }).format(value);
}

/** `APP_URL` may or may not end in a slash; links must not get a double one. */
export function appLink(appUrl: string, path: `/${string}`): string {
  return `${appUrl.replace(/\/+$/, "")}${path}`;
}

function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}
