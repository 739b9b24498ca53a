import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { ActorSchema } from "@/lib/flags/actor";
import { FlagNameSchema, UserIdsSchema } from "@/lib/flags/flag-inputs";
import { loadFlagView, type FlagView } from "@/lib/flags/flag-view";
import { bumpFlagVersion, lockFlag } from "@/lib/flags/lock-flag";
import { parseInput } from "@/lib/flags/parse-input";
import { writeAudit } from "@/lib/flags/write-audit";

export const RemoveEnrolmentsInputSchema = z.object({
  flagName: FlagNameSchema,
  userIds: UserIdsSchema,
  actor: ActorSchema,
  reason: z.string().max(500).optional(),
});
export type RemoveEnrolmentsInput = z.input<typeof RemoveEnrolmentsInputSchema>;

export interface RemoveEnrolmentsResult {
  flagName: string;
  removedCount: number;
  flag: FlagView;
}

/**
 * Deletes the users' enrolments, so the flag falls back to global/percentage for them (unlike an opt-out,
 * which keeps them off). The removed rows go into the audit entry, so the removal can be reconstructed.
 */
export async function removeEnrolments(input: RemoveEnrolmentsInput): Promise<RemoveEnrolmentsResult> {
  const { flagName, userIds, actor, reason } = parseInput(RemoveEnrolmentsInputSchema, input);
  return db.$transaction(async (tx) => {
    await lockFlag(tx, flagName);
    const removed = await tx.userFeatureFlag.findMany({
      where: { flagName, userId: { in: userIds } },
      select: { userId: true, enabled: true, source: true, enrolledAt: true },
    });
    await tx.userFeatureFlag.deleteMany({ where: { flagName, userId: { in: userIds } } });
    await bumpFlagVersion(tx, flagName);
    await writeAudit(tx, {
      actor,
      action: "flag.remove_enrolments",
      targetType: "feature_flag",
      targetId: flagName,
      before: removed.map((row) => ({ ...row, enrolledAt: row.enrolledAt.toISOString() })),
      after: { removedCount: removed.length },
      reason: reason ?? null,
    });
    const flag = await loadFlagView(tx, flagName);
    if (flag === null) throw new AppError("NOT_FOUND", `There is no feature flag named "${flagName}".`);
    return { flagName, removedCount: removed.length, flag };
  });
}
