import { z } from "zod";
import { ActorSchema } from "@/lib/flags/actor";
import { FlagNameSchema, RolloutPercentageSchema } from "@/lib/flags/flag-inputs";
import type { FlagView } from "@/lib/flags/flag-view";
import { parseInput } from "@/lib/flags/parse-input";
import { updateFlagState } from "@/lib/flags/update-flag-state";

export const SetRolloutPercentageInputSchema = z.object({
  flagName: FlagNameSchema,
  percentage: RolloutPercentageSchema,
  actor: ActorSchema,
  reason: z.string().max(500).optional(),
});
export type SetRolloutPercentageInput = z.input<typeof SetRolloutPercentageInputSchema>;

/**
 * Sets the sticky-bucket percentage (0–100, two decimals). Raising it keeps everyone already in; lowering
 * it drops the most recently admitted buckets first.
 */
export async function setRolloutPercentage(input: SetRolloutPercentageInput): Promise<FlagView> {
  const { flagName, percentage, actor, reason } = parseInput(SetRolloutPercentageInputSchema, input);
  return updateFlagState({
    flagName,
    actor,
    action: "flag.set_rollout_percentage",
    reason,
    // Stored as a string so 12.34 reaches the DECIMAL(5,2) column without a binary-float detour.
    change: () => ({ rolloutPercentage: percentage.toFixed(2) }),
  });
}
