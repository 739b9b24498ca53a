import { formatUtcDateTime } from "@/lib/admin/format";

/** A timestamp in UTC (the column heading says so), or "—" when there is none. */
export function UtcTime({ value }: { value: Date | null }) {
  if (!value) return <span className="text-stone-400">—</span>;
  return (
    <time
      dateTime={value.toISOString()}
      title={value.toISOString()}
      className="whitespace-nowrap tabular-nums"
    >
      {formatUtcDateTime(value)}
    </time>
  );
}
