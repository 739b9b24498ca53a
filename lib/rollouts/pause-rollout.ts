import type { RolloutSummary } from "@/lib/rollouts/rollout-view";
import { setRolloutPaused, type PauseRolloutInput } from "@/lib/rollouts/set-rollout-paused";

/**
 * Holds the rollout at its current stage: no advancing, automatic or approved. Exposure is unchanged and the
 * guard keeps watching (a paused canary can still be rolled back).
 */
export function pauseRollout(input: PauseRolloutInput): Promise<RolloutSummary> {
  return setRolloutPaused(input, true);
}
