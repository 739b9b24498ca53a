import os from "node:os";
import { env } from "@/lib/env";
import { createInstanceHealthMonitor, type InstanceHealth } from "@/lib/health/instance-health-monitor";
import { readMemoryUtilisation } from "@/lib/health/read-memory-utilisation";
import { log } from "@/lib/log";
import { DEFAULT_MEMORY_RULE } from "@/lib/rollouts/rules";

const WEBHOOK_TIMEOUT_MS = 5_000;

/** The staff alert: an error in the logs, and a POST to the staff webhook (ROLLBACK_WEBHOOK_URL) when set. */
async function alertStaff(reason: string): Promise<void> {
  log.error({ reason }, "instance unhealthy: asking the orchestrator for a restart");
  if (env.ROLLBACK_WEBHOOK_URL === undefined) return;
  const response = await fetch(env.ROLLBACK_WEBHOOK_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ type: "instance.unhealthy", host: os.hostname(), pid: process.pid, reason }),
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`webhook answered HTTP ${response.status}`);
}

// One monitor per process, kept on globalThis so Next.js dev reloads share its readings.
const globalForHealth = globalThis as unknown as {
  instanceHealth?: (now: Date) => Promise<InstanceHealth>;
};

/**
 * The guard's memory rule for this instance (GUARD_MEMORY_PCT for GUARD_MEMORY_WINDOW_SECONDS), judged on
 * every /api/health probe: an orchestrator that probes every 10–30 s gives it its samples, no timer needed.
 */
export function checkInstanceHealth(now: Date = new Date()): Promise<InstanceHealth> {
  globalForHealth.instanceHealth ??= createInstanceHealthMonitor({
    rule: {
      ...DEFAULT_MEMORY_RULE,
      threshold: env.GUARD_MEMORY_PCT,
      windowMs: env.GUARD_MEMORY_WINDOW_SECONDS * 1000,
    },
    maxSampleGapMs: env.GUARD_MAX_SAMPLE_GAP_SECONDS * 1000,
    readMemory: () => readMemoryUtilisation(env.MEMORY_LIMIT_BYTES),
    alertStaff,
    onAlertError: (error) =>
      log.error({ err: error }, "could not alert staff that the instance is unhealthy"),
  });
  return globalForHealth.instanceHealth(now);
}

export type { InstanceHealth };
