import { z } from "zod";
import { ActorSchema } from "@/lib/flags/actor";
import { FlagNameSchema } from "@/lib/flags/flag-inputs";
import type { FlagView } from "@/lib/flags/flag-view";
import { parseInput } from "@/lib/flags/parse-input";
import { updateFlagState } from "@/lib/flags/update-flag-state";

export const EngageKillSwitchInputSchema = z.object({
  flagName: FlagNameSchema,
  reason: z
    .string({ message: "a reason is required to engage the kill switch" })
    .trim()
    .min(3, "a reason is required to engage the kill switch")
    .max(500),
  actor: ActorSchema,
});
export type EngageKillSwitchInput = z.input<typeof EngageKillSwitchInputSchema>;

/** Turns the flag off for everyone, enrolled canary users included, until released. */
export async function engageKillSwitch(input: EngageKillSwitchInput): Promise<FlagView> {
  const { flagName, reason, actor } = parseInput(EngageKillSwitchInputSchema, input);
  return updateFlagState({
    flagName,
    actor,
    action: "flag.kill_switch.engage",
    reason,
    change: () => ({ killSwitch: true, killSwitchReason: reason }),
  });
}
