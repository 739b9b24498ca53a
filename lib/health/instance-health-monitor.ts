import { MemoryWatch } from "@/lib/health/memory-watch";
import type { MemoryReading } from "@/lib/health/read-memory-utilisation";
import type { GuardRuleConfig } from "@/lib/rollouts/rules";

const DEFAULT_MIN_READING_INTERVAL_MS = 1000;

export type InstanceHealth = { isHealthy: true } | { isHealthy: false; reason: string };

export interface InstanceHealthMonitorOptions {
  rule: GuardRuleConfig;
  maxSampleGapMs: number;
  /**
   * Probes closer together than this get the last verdict without a new reading. Memory does not move in a
   * second, and without it a flood of probes would keep every reading of the window (one per request) and
   * judge them all on each probe.
   */
  minReadingIntervalMs?: number;
  readMemory: () => MemoryReading;
  /** Told once per breach, when the instance turns unhealthy; a failure is reported to `onAlertError`. */
  alertStaff: (reason: string) => Promise<void>;
  onAlertError?: (error: unknown) => void;
}

/**
 * Judges the guard's memory rule over this instance's readings, at most one reading a second. Unhealthy means
 * "restart me"; staff are alerted once per breach, and again only after the instance has recovered.
 */
export function createInstanceHealthMonitor(options: InstanceHealthMonitorOptions) {
  const watch = new MemoryWatch(options.rule, options.maxSampleGapMs);
  const minIntervalMs = options.minReadingIntervalMs ?? DEFAULT_MIN_READING_INTERVAL_MS;
  let isAlerted = false;
  let last: { atMs: number; verdict: Promise<InstanceHealth> } | null = null;
  return function check(now: Date): Promise<InstanceHealth> {
    const atMs = now.getTime();
    if (last && atMs >= last.atMs && atMs - last.atMs < minIntervalMs) return last.verdict;
    last = { atMs, verdict: read(now) };
    return last.verdict;
  };

  async function read(now: Date): Promise<InstanceHealth> {
    const memory = options.readMemory();
    watch.record(now, memory.value);
    const result = watch.judge(now);
    if (!result.tripped) {
      isAlerted = false;
      return { isHealthy: true };
    }
    const reason =
      `memory ${memory.value.toFixed(1)} % of ${memory.source} limit has stayed over ${result.threshold} % ` +
      `for ${Math.round(result.windowMs / 1000)} s`;
    if (!isAlerted) {
      isAlerted = true;
      try {
        await options.alertStaff(reason);
      } catch (error) {
        options.onAlertError?.(error);
      }
    }
    return { isHealthy: false, reason };
  }
}
