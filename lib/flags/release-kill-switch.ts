import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { ActorSchema } from "@/lib/flags/actor";
import { FlagNameSchema } from "@/lib/flags/flag-inputs";
import type { FlagView } from "@/lib/flags/flag-view";
import { parseInput } from "@/lib/flags/parse-input";
import { updateFlagState } from "@/lib/flags/update-flag-state";

export const ReleaseKillSwitchInputSchema = z.object({
  flagName: FlagNameSchema,
  actor: ActorSchema,
  reason: z.string().max(500).optional(),
});
export type ReleaseKillSwitchInput = z.input<typeof ReleaseKillSwitchInputSchema>;

/** Releases the kill switch; the flag goes back to its enrolments, global setting and percentage. */
export async function releaseKillSwitch(input: ReleaseKillSwitchInput): Promise<FlagView> {
  const { flagName, actor, reason } = parseInput(ReleaseKillSwitchInputSchema, input);
  return updateFlagState({
    flagName,
    actor,
    action: "flag.kill_switch.release",
    reason,
    change: (current) => {
      if (!current.killSwitch) {
        throw new AppError("CONFLICT", `The kill switch of "${flagName}" is not engaged.`);
      }
      return { killSwitch: false, killSwitchReason: null };
    },
  });
}
