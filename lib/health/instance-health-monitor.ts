import { MemoryWatch } from "@/lib/health/memory-watch";
import type { MemoryReading } from "@/lib/health/read-memory-utilisation";
import type { GuardRuleConfig } from "@/lib/rollouts/rules";

export type InstanceHealth = { isHealthy: true } | { isHealthy: false; reason: string };

export interface InstanceHealthMonitorOptions {
  rule: GuardRuleConfig;
  maxSampleGapMs: number;
  readMemory: () => MemoryReading;
  /** Told once per breach, when the instance turns unhealthy; a failure is reported to `onAlertError`. */
  alertStaff: (reason: string) => Promise<void>;
  onAlertError?: (error: unknown) => void;
}

/**
 * Judges the guard's memory rule over this instance's readings, one reading per check. Unhealthy means
 * "restart me"; staff are alerted once per breach, and again only after the instance has recovered.
 */
export function createInstanceHealthMonitor(options: InstanceHealthMonitorOptions) {
  const watch = new MemoryWatch(options.rule, options.maxSampleGapMs);
  let isAlerted = false;
  return async function check(now: Date): Promise<InstanceHealth> {
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
  };
}
