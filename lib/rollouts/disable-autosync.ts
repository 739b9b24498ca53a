import type { GuardEventInput } from "@/lib/rollouts/guard-event-input";
import { engageGuardKillSwitch, type GuardActionResult } from "@/lib/rollouts/engage-guard-kill-switch";
import type { AlertOptions } from "@/lib/rollouts/send-guard-alerts";

export const AUTOSYNC_FLAG = "fatsecret_autosync";

/**
 * The plan's answer to FatSecret errors (§6.1 "Disable AutoSync jobs"): the `fatsecret_autosync` kill switch
 * on, so no new sync is started for anyone, and pending AutoSync jobs cancelled.
 */
export function disableAutosync(
  input: GuardEventInput,
  options: AlertOptions & { now?: Date } = {},
): Promise<GuardActionResult> {
  return engageGuardKillSwitch(
    {
      flagName: AUTOSYNC_FLAG,
      description: "Push planned meals to the FatSecret diary",
      action: "disable_autosync",
      jobTypes: ["AutoSync"],
    },
    input,
    options,
  );
}
