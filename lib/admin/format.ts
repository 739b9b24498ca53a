/** Milliseconds as people read them: "850 ms", "1.2 s", "3 min 5 s"; "—" when unknown. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  // Below 59.95 s, so rounding to one decimal never prints "60.0 s".
  if (ms < 59_950) return `${(ms / 1000).toFixed(1)} s`;
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/**
 * "2026-03-01 08:30:05": the console shows every time in UTC, whatever the reader's zone, and says so in
 * its headings rather than in every cell.
 */
export function formatUtcDateTime(date: Date): string {
  return date.toISOString().slice(0, 19).replace("T", " ");
}

/** Compact JSON for a table cell; "—" for a value that is absent. */
export function formatJsonValue(value: unknown): string {
  if (value === undefined) return "—";
  return JSON.stringify(value) ?? "—";
}
