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

export const AdvanceRolloutInputSchema = z.object({ flagName: z.string().min(1), actor: ActorSchema });
export type AdvanceRolloutInput = z.input<typeof AdvanceRolloutInputSchema>;

export type AdvanceRolloutResult =
  | { outcome: "advanced"; rollout: RolloutSummary; entry: StageEntry; gates: RolloutGateReport }
  | { outcome: "completed"; rollout: RolloutSummary; gates: RolloutGateReport };

/**
 * Moves an active rollout to its next stage, or completes it after the last one. Allowed only when
 * `evaluateStageAdvance` says so — the soak time has passed and every canary gate has been green for it.
 * There is deliberately no override: a staff member's click is the approval the plan asks for on top of
 * green gates (and covers its "no critical bug reports" criterion), never a substitute for them.
 */
export async function advanceRollout(
  input: AdvanceRolloutInput,
  now: Date = new Date(),
): Promise<AdvanceRolloutResult> {
  const { flagName, actor } = parseInput(AdvanceRolloutInputSchema, input);
  const rollout = await findOpenRollout(db, flagName);
  if (rollout === null) throw new AppError("NOT_FOUND", `"${flagName}" has no rollout in progress.`);
  if (rollout.status !== "active") {
    const hint = rollout.status === "paused" ? "resume it first" : "start it first";
    throw new AppError("CONFLICT", `The rollout of "${flagName}" is ${rollout.status}; ${hint}.`);
  }
  const gates = await evaluateRolloutGates(rollout, now);
  const decision = gates.decision;
  if (decision === null || (!decision.canAdvance && decision.action !== "complete")) {
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
      if (decision.action === "complete") {
        const stage = current.stages[current.currentStageIndex];
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
