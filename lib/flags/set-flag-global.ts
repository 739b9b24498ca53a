import { z } from "zod";
import { ActorSchema } from "@/lib/flags/actor";
import { FlagNameSchema } from "@/lib/flags/flag-inputs";
import type { FlagView } from "@/lib/flags/flag-view";
import { parseInput } from "@/lib/flags/parse-input";
import { updateFlagState } from "@/lib/flags/update-flag-state";

export const SetFlagGlobalInputSchema = z.object({
  flagName: FlagNameSchema,
  enabled: z.boolean(),
  actor: ActorSchema,
  reason: z.string().max(500).optional(),
});
export type SetFlagGlobalInput = z.input<typeof SetFlagGlobalInputSchema>;

/** Turns the flag on or off for everyone not individually enrolled (the plan's `enabled_globally`). */
export async function setFlagGlobal(input: SetFlagGlobalInput): Promise<FlagView> {
  const { flagName, enabled, actor, reason } = parseInput(SetFlagGlobalInputSchema, input);
  return updateFlagState({
    flagName,
    actor,
    action: enabled ? "flag.enable_globally" : "flag.disable_globally",
    reason,
    change: () => ({ enabledGlobally: enabled }),
  });
}
