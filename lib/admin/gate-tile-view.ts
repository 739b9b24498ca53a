import type { GateTile } from "@/lib/rollouts";

export type GateTileState = "green" | "red" | "no_data";

export interface DashboardTile {
  key: string;
  label: string;
  /** Formatted for people, e.g. "0.4 %"; "no data" when nothing was measured. */
  value: string;
  threshold: string;
  /** No data is its own state: neither a pass nor a breach, so it is drawn neutral, never red. */
  state: GateTileState;
  isGreen: boolean;
  /** What the value rests on, e.g. "last 24 h · 37 runs". */
  basis: string;
}

const SAMPLE_NOUN: Record<string, [string, string]> = {
  job_error_rate: ["finished run", "finished runs"],
  p99_generation_latency: ["completed generation", "completed generations"],
  fatsecret_sync_success: ["sync run", "sync runs"],
  email_delivery_success: ["settled e-mail", "settled e-mails"],
  db_pool_utilisation: ["reading", "readings"],
  critical_bug_reports: ["report received", "reports received"],
};

const round = (value: number) => (Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10);

export function formatGateValue(value: number, unit: string): string {
  return unit === "%" ? `${round(value)} %` : `${round(value)} ${unit}`;
}

/** "24 h", "3 h 20 min", "45 min", "under a minute": the length of the window a tile was computed over. */
export function formatWindowLength(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return "under a minute";
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** A gate as the console shows it: the value, its state, and the window and sample size behind it. */
export function toDashboardTile(gate: GateTile, window: { from: string; to: string }): DashboardTile {
  // A count (critical bug reports) is data even when nothing was reported; a rate needs a denominator.
  const hasData = gate.value !== null && (gate.sampleSize > 0 || gate.key === "critical_bug_reports");
  const [one, many] = SAMPLE_NOUN[gate.key] ?? ["row", "rows"];
  const windowMs = new Date(window.to).getTime() - new Date(window.from).getTime();
  return {
    key: gate.key,
    label: gate.label,
    value: hasData && gate.value !== null ? formatGateValue(gate.value, gate.unit) : "no data",
    threshold: `${gate.comparator} ${formatGateValue(gate.threshold, gate.unit)}`,
    state: !hasData ? "no_data" : gate.isGreen ? "green" : "red",
    isGreen: hasData && gate.isGreen,
    basis: `last ${formatWindowLength(windowMs)} · ${gate.sampleSize} ${gate.sampleSize === 1 ? one : many}`,
  };
}
