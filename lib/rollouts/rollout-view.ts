/** Serialisable shapes of rollouts for callers (console, server actions, Inngest step output). */
import type { Prisma } from "@/lib/db";
import type { RolloutStatus as RolloutState } from "@/lib/generated/prisma/enums";

export interface RolloutStageView {
  position: number;
  percentage: number;
  minSoakMinutes: number;
  enteredAt: string | null;
  completedAt: string | null;
  /** Gates staff advanced past with no data, and why; empty when none were overridden. */
  overriddenGates: string[];
  overrideReason: string | null;
  overriddenBy: string | null;
}

export interface RolloutSummary {
  id: string;
  flagName: string;
  status: RolloutState;
  autoAdvance: boolean;
  /** -1 before the rollout starts. */
  currentStageIndex: number;
  stageEnteredAt: string | null;
  gatesGreenSince: string | null;
  stages: RolloutStageView[];
  createdAt: string;
}

export const rolloutInclude = {
  stages: { orderBy: { position: "asc" } },
} satisfies Prisma.RolloutInclude;

export type RolloutRow = Prisma.RolloutGetPayload<{ include: typeof rolloutInclude }>;

export function toRolloutSummary(row: RolloutRow): RolloutSummary {
  return {
    id: row.id,
    flagName: row.flagName,
    status: row.status,
    autoAdvance: row.autoAdvance,
    currentStageIndex: row.currentStageIndex,
    stageEnteredAt: row.stageEnteredAt?.toISOString() ?? null,
    gatesGreenSince: row.gatesGreenSince?.toISOString() ?? null,
    stages: row.stages.map((stage) => ({
      position: stage.position,
      percentage: Number(stage.percentage.toString()),
      minSoakMinutes: stage.minSoakMinutes,
      enteredAt: stage.enteredAt?.toISOString() ?? null,
      completedAt: stage.completedAt?.toISOString() ?? null,
      overriddenGates: stage.overriddenGates,
      overrideReason: stage.overrideReason,
      overriddenBy: stage.overriddenBy,
    })),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Rollouts that still expose users and can move: the guard watches these. */
export const OPEN_ROLLOUT_STATUSES = ["draft", "active", "paused"] as const satisfies readonly RolloutState[];
export const LIVE_ROLLOUT_STATUSES = ["active", "paused"] as const satisfies readonly RolloutState[];

/** The flag's rollout that is not finished (draft, active or paused), if any. */
export async function findOpenRollout(
  client: Prisma.TransactionClient,
  flagName: string,
): Promise<RolloutRow | null> {
  return client.rollout.findFirst({
    where: { flagName, status: { in: [...OPEN_ROLLOUT_STATUSES] } },
    orderBy: { createdAt: "desc" },
    include: rolloutInclude,
  });
}
