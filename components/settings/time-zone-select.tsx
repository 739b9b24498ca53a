"use client";
import { useMemo, useState } from "react";

/**
 * Every IANA time zone as a searchable list (type to filter, then pick), preset to the browser's own zone
 * when nothing is saved yet. Never free text, so a typo cannot make plans arrive at the wrong hour.
 */
export function TimeZoneSelect({ defaultValue, error }: { defaultValue?: string; error?: string }) {
  const zones = useMemo(() => ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")], []);
  const [value, setValue] = useState(
    () => defaultValue ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC",
  );
  const [filter, setFilter] = useState("");
  const shown = zones.filter(
    (z) => z === value || z.toLowerCase().includes(filter.trim().toLowerCase().replace(/\s+/g, "_")),
  );
  return (
    <div className="text-sm">
      <label htmlFor="timeZoneFilter" className="block">
        Find your time zone
      </label>
      <input
        id="timeZoneFilter"
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder="e.g. Berlin"
        className="w-full rounded-md border border-stone-300 px-2 py-1"
      />
      <label htmlFor="timeZone" className="mt-2 block">
        Time zone
      </label>
      <select
        id="timeZone"
        name="timeZone"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-describedby={error ? "timeZone-error" : undefined}
        aria-invalid={error ? true : undefined}
        className="w-full rounded-md border border-stone-300 px-2 py-1"
      >
        {shown.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, " ")}
          </option>
        ))}
      </select>
      {error && (
        <span id="timeZone-error" role="alert" className="mt-1 block text-xs text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
