import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { ActorSchema, lockFlag, parseInput } from "@/lib/flags/server";
import { enterStage, type StageEntry } from "@/lib/rollouts/enter-stage";
import { findOpenRollout } from "@/lib/rollouts/rollout-view";

export const StartRolloutInputSchema = z.object({ flagName: z.string().min(1), actor: ActorSchema });
export type StartRolloutInput = z.input<typeof StartRolloutInputSchema>;

/**
 * Enters the first stage (the 5 % canary by default): sets the flag's percentage, enrols the beta-tester
 * canary (topped up with recently active users, as the plan's A.2 script) and the users the percentage admits.
 */
export async function startRollout(input: StartRolloutInput, now: Date = new Date()): Promise<StageEntry> {
  const { flagName, actor } = parseInput(StartRolloutInputSchema, input);
  return db.$transaction(
    async (tx) => {
      const flag = await lockFlag(tx, flagName);
      const rollout = await findOpenRollout(tx, flagName);
      if (rollout === null) {
        throw new AppError("NOT_FOUND", `"${flagName}" has no planned rollout; create one first.`);
      }
      if (rollout.status !== "draft") {
        throw new AppError(
          "CONFLICT",
          `The rollout of "${flagName}" has already started (${rollout.status}).`,
        );
      }
      if (flag.killSwitch) {
        throw new AppError(
          "CONFLICT",
          `The kill switch of "${flagName}" is engaged (${flag.killSwitchReason ?? "no reason given"}); release it before starting a rollout.`,
        );
      }
      return enterStage(tx, rollout, 0, actor, now);
    },
    { timeout: 60_000 },
  );
}
