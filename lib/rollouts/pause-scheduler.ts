import type { GuardEventInput } from "@/lib/rollouts/guard-event-input";
import { engageGuardKillSwitch, type GuardActionResult } from "@/lib/rollouts/engage-guard-kill-switch";
import type { AlertOptions } from "@/lib/rollouts/send-guard-alerts";

export const SCHEDULER_FLAG = "scheduler";

/**
 * The plan's answer to connection-pool exhaustion (§6.1 "Stop scheduler, alert ops"): the `scheduler` kill
 * switch on (schedulers ask `isKillSwitchEngaged("scheduler")` before booking jobs) and every pending job
 * cancelled, so the database gets air. Running jobs finish.
 */
export function pauseScheduler(
  input: GuardEventInput,
  options: AlertOptions & { now?: Date } = {},
): Promise<GuardActionResult> {
  return engageGuardKillSwitch(
    {
      flagName: SCHEDULER_FLAG,
      description: "Scheduled job fan-out; the rollout guard switches it off when the database is saturated",
      action: "pause_scheduler",
      jobTypes: "all",
    },
    input,
    options,
  );
}
