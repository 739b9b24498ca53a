import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { ActorSchema, lockFlag, parseInput, writeAudit } from "@/lib/flags/server";
import { flagSnapshotSchema } from "@/lib/flags";
import { defaultRolloutStages } from "@/lib/rollouts/rollout-config";
import {
  findOpenRollout,
  rolloutInclude,
  toRolloutSummary,
  type RolloutSummary,
} from "@/lib/rollouts/rollout-view";

const StageSchema = z.object({
  percentage: flagSnapshotSchema.shape.rolloutPercentage.refine((p) => p > 0, "a stage must expose someone"),
  /** Stored in whole minutes; a partial minute is rounded up so a soak is never shorter than asked. */
  minSoakMs: z.number().int().min(0),
});

const StagesSchema = z
  .array(StageSchema)
  .min(1, "a rollout needs at least one stage")
  .max(20)
  .refine(
    (stages) => stages.every((stage, i) => i === 0 || stage.percentage > (stages[i - 1]?.percentage ?? 0)),
    "stage percentages must strictly increase",
  );

export const CreateRolloutInputSchema = z.object({
  flagName: z.string().min(1),
  stages: StagesSchema.optional(),
  autoAdvance: z.boolean().default(false),
  actor: ActorSchema,
});
export type CreateRolloutInput = z.input<typeof CreateRolloutInputSchema>;

/**
 * Plans a staged rollout (default: the plan's 5 → 25 → 50 → 100 % with 24/12/12/24 h soaks, or ROLLOUT_STAGES).
 * Nothing is exposed until `startRollout`. One unfinished rollout per flag, so the guard and the console
 * never have to choose between two.
 */
export async function createRollout(input: CreateRolloutInput): Promise<RolloutSummary> {
  const parsed = parseInput(CreateRolloutInputSchema, input);
  // ROLLOUT_STAGES passes the same checks as stages given by hand.
  const stages = parsed.stages ?? parseInput(StagesSchema, defaultRolloutStages());
  return db.$transaction(async (tx) => {
    await lockFlag(tx, parsed.flagName);
    const open = await findOpenRollout(tx, parsed.flagName);
    if (open !== null) {
      throw new AppError(
        "CONFLICT",
        `"${parsed.flagName}" already has a ${open.status} rollout; finish, roll back or delete it first.`,
        { rolloutId: open.id },
      );
    }
    const rollout = await tx.rollout.create({
      data: {
        flagName: parsed.flagName,
        autoAdvance: parsed.autoAdvance,
        stages: {
          create: stages.map((stage, position) => ({
            position,
            percentage: stage.percentage.toFixed(2),
            minSoakMinutes: Math.ceil(stage.minSoakMs / 60_000),
          })),
        },
      },
      include: rolloutInclude,
    });
    const summary = toRolloutSummary(rollout);
    await writeAudit(tx, {
      actor: parsed.actor,
      action: "rollout.create",
      targetType: "rollout",
      targetId: rollout.id,
      after: {
        flagName: summary.flagName,
        autoAdvance: summary.autoAdvance,
        stages: summary.stages.map((s) => ({ percentage: s.percentage, minSoakMinutes: s.minSoakMinutes })),
      },
    });
    return summary;
  });
}
