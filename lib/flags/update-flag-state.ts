import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/flags/actor";
import { flagStateOf, loadFlagView, type FlagRow, type FlagView } from "@/lib/flags/flag-view";
import { lockFlag } from "@/lib/flags/lock-flag";
import { writeAudit } from "@/lib/flags/write-audit";

export interface FlagStateChange {
  flagName: string;
  actor: Actor;
  action: string;
  reason?: string | null;
  /** Computes the update from the locked current row (so checks see the state being replaced). */
  change: (current: FlagRow) => Prisma.FeatureFlagUpdateInput;
}

/**
 * The shared shape of the flag-level writes: lock the row, apply the change with a version bump, and
 * audit before/after, all in one transaction.
 */
export async function updateFlagState(input: FlagStateChange): Promise<FlagView> {
  return db.$transaction(async (tx) => {
    const before = await lockFlag(tx, input.flagName);
    const after = await tx.featureFlag.update({
      where: { flagName: input.flagName },
      data: { ...input.change(before), version: { increment: 1 } },
    });
    await writeAudit(tx, {
      actor: input.actor,
      action: input.action,
      targetType: "feature_flag",
      targetId: input.flagName,
      before: flagStateOf(before),
      after: flagStateOf(after),
      reason: input.reason ?? null,
    });
    const view = await loadFlagView(tx, input.flagName);
    if (view === null) throw new Error(`flag ${input.flagName} vanished inside its own transaction`);
    return view;
  });
}
