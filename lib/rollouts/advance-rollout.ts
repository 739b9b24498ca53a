import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { ActorSchema, lockFlag, parseInput, writeAudit } from "@/lib/flags/server";
import { enterStage, type StageEntry } from "@/lib/rollouts/enter-stage";
import { evaluateRolloutGates, type RolloutGateReport } from "@/lib/rollouts/evaluate-rollout-gates";
import {
  findOpenRollout,
  rolloutInclude,
  toRolloutSummary,
  type RolloutSummary,
} from "@/lib/rollouts/rollout-view";

export const AdvanceRolloutInputSchema = z.object({
  flagName: z.string().min(1),
  actor: ActorSchema,
  /** Staff only: advance past gates that had no data for the whole window, saying why (audited, kept on the stage). */
  overrideNoDataGates: z.object({ reason: z.string().trim().min(10).max(500) }).optional(),
});
export type AdvanceRolloutInput = z.input<typeof AdvanceRolloutInputSchema>;

export type AdvanceRolloutResult =
  | { outcome: "advanced"; rollout: RolloutSummary; entry: StageEntry; gates: RolloutGateReport }
  | { outcome: "completed"; rollout: RolloutSummary; gates: RolloutGateReport };

/**
 * Moves an active rollout to its next stage, or completes it after the last one. Allowed only when
 * `evaluateStageAdvance` says so — the soak time has passed and every canary gate has been green for it.
 * The one exception is `overrideNoDataGates`: staff may advance past gates that had no data at all (a feature
 * nobody in the canary used), with a reason, when nothing else holds the stage. The guard never passes it, so
 * auto-advance never overrides; a red gate can never be overridden.
 */
export async function advanceRollout(
  input: AdvanceRolloutInput,
  now: Date = new Date(),
): Promise<AdvanceRolloutResult> {
  const { flagName, actor, overrideNoDataGates } = parseInput(AdvanceRolloutInputSchema, input);
  const rollout = await findOpenRollout(db, flagName);
  if (rollout === null) throw new AppError("NOT_FOUND", `"${flagName}" has no rollout in progress.`);
  if (rollout.status !== "active") {
    const hint = rollout.status === "paused" ? "resume it first" : "start it first";
    throw new AppError("CONFLICT", `The rollout of "${flagName}" is ${rollout.status}; ${hint}.`);
  }
  const gates = await evaluateRolloutGates(rollout, now);
  const decision = gates.decision;
  const overriddenGates =
    overrideNoDataGates !== undefined && decision !== null ? decision.overridableGates : [];
  if (overrideNoDataGates !== undefined && overriddenGates.length === 0) {
    throw new AppError(
      "CONFLICT",
      `The rollout of "${flagName}" cannot be advanced by override: only gates with no data for the whole window can be overridden, once nothing else holds the stage (${(decision?.waitingFor ?? []).join("; ")}).`,
      { waitingFor: decision?.waitingFor ?? [] },
    );
  }
  const isLastStage = decision !== null && decision.nextStage === null;
  const isAllowed =
    decision !== null &&
    (decision.canAdvance || decision.action === "complete" || overriddenGates.length > 0);
  if (decision === null || !isAllowed) {
    const waitingFor = decision?.waitingFor ?? ["the rollout is not in a stage"];
    throw new AppError(
      "CONFLICT",
      `The rollout of "${flagName}" cannot advance yet: ${waitingFor.join("; ")}.`,
      {
        waitingFor,
        gates: gates.canary,
      },
    );
  }

  return db.$transaction(
    async (tx) => {
      await lockFlag(tx, flagName);
      const current = await tx.rollout.findUniqueOrThrow({
        where: { id: rollout.id },
        include: rolloutInclude,
      });
      // The gates were read outside the lock; if the guard or a colleague moved the rollout meanwhile, the
      // decision is about a state that no longer exists.
      if (current.status !== "active" || current.currentStageIndex !== rollout.currentStageIndex) {
        throw new AppError(
          "CONFLICT",
          `The rollout of "${flagName}" changed meanwhile; reload and try again.`,
        );
      }
      const stage = current.stages[current.currentStageIndex];
      if (overriddenGates.length > 0 && stage !== undefined && overrideNoDataGates !== undefined) {
        await tx.rolloutStage.update({
          where: { id: stage.id },
          data: {
            overriddenGates,
            overrideReason: overrideNoDataGates.reason,
            overriddenBy: actor.label,
          },
        });
        await writeAudit(tx, {
          actor,
          action: "rollout.override_gates",
          targetType: "rollout",
          targetId: current.id,
          after: { stageIndex: current.currentStageIndex, overriddenGates },
          reason: overrideNoDataGates.reason,
        });
      }
      if (decision.action === "complete" || isLastStage) {
        if (stage !== undefined) {
          await tx.rolloutStage.update({ where: { id: stage.id }, data: { completedAt: now } });
        }
        const completed = await tx.rollout.update({
          where: { id: current.id },
          data: { status: "completed" },
          include: rolloutInclude,
        });
        await writeAudit(tx, {
          actor,
          action: "rollout.complete",
          targetType: "rollout",
          targetId: current.id,
          before: { status: current.status },
          after: { status: "completed", gates: gates.canary.map((g) => ({ key: g.key, value: g.value })) },
        });
        return { outcome: "completed" as const, rollout: toRolloutSummary(completed), gates };
      }
      const entry = await enterStage(tx, current, current.currentStageIndex + 1, actor, now);
      return { outcome: "advanced" as const, rollout: entry.rollout, entry, gates };
    },
    { timeout: 60_000 },
  );
}
