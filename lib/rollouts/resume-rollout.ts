import type { RolloutSummary } from "@/lib/rollouts/rollout-view";
import { setRolloutPaused, type PauseRolloutInput } from "@/lib/rollouts/set-rollout-paused";

/** Lets a paused rollout advance again; its soak clock kept running while it was paused. */
export function resumeRollout(input: PauseRolloutInput): Promise<RolloutSummary> {
  return setRolloutPaused(input, false);
}
