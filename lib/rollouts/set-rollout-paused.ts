import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { ActorSchema, parseInput, writeAudit } from "@/lib/flags/server";
import {
  findOpenRollout,
  rolloutInclude,
  toRolloutSummary,
  type RolloutSummary,
} from "@/lib/rollouts/rollout-view";

export const PauseRolloutInputSchema = z.object({
  flagName: z.string().min(1),
  actor: ActorSchema,
  reason: z.string().max(500).optional(),
});
export type PauseRolloutInput = z.input<typeof PauseRolloutInputSchema>;

/** Flips an open rollout between active and paused, audited. */
export async function setRolloutPaused(input: PauseRolloutInput, isPaused: boolean): Promise<RolloutSummary> {
  const { flagName, actor, reason } = parseInput(PauseRolloutInputSchema, input);
  const from = isPaused ? "active" : "paused";
  return db.$transaction(async (tx) => {
    const rollout = await findOpenRollout(tx, flagName);
    if (rollout === null) throw new AppError("NOT_FOUND", `"${flagName}" has no rollout in progress.`);
    if (rollout.status !== from) {
      throw new AppError(
        "CONFLICT",
        `Only ${from} rollouts can be ${isPaused ? "paused" : "resumed"}; this one is ${rollout.status}.`,
      );
    }
    const updated = await tx.rollout.update({
      where: { id: rollout.id },
      data: { status: isPaused ? "paused" : "active" },
      include: rolloutInclude,
    });
    await writeAudit(tx, {
      actor,
      action: isPaused ? "rollout.pause" : "rollout.resume",
      targetType: "rollout",
      targetId: rollout.id,
      before: { status: rollout.status },
      after: { status: updated.status },
      reason: reason ?? null,
    });
    return toRolloutSummary(updated);
  });
}
