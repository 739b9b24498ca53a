import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { ActorSchema, bumpFlagVersion, lockFlag, parseInput, writeAudit } from "@/lib/flags/server";

export const RestoreEnrolmentsInputSchema = z.object({
  rollbackEventId: z.string().min(1),
  actor: ActorSchema,
  reason: z.string().max(500).optional(),
});
export type RestoreEnrolmentsInput = z.input<typeof RestoreEnrolmentsInputSchema>;

export interface RestoreEnrolmentsResult {
  rollbackEventId: string;
  flagName: string;
  restoredCount: number;
  /** Users who have since been deleted or re-enrolled: their current state wins. */
  skippedCount: number;
}

/**
 * Puts back the enrolments a rollback removed, with their original source and enrolment time. The flag's
 * global/percentage state and kill switch are not touched: re-exposing people is a separate decision.
 * A rollback can be restored once.
 */
export async function restoreEnrolments(input: RestoreEnrolmentsInput): Promise<RestoreEnrolmentsResult> {
  const { rollbackEventId, actor, reason } = parseInput(RestoreEnrolmentsInputSchema, input);
  return db.$transaction(
    async (tx) => {
      const event = await tx.rollbackEvent.findUnique({ where: { id: rollbackEventId } });
      if (event === null) throw new AppError("NOT_FOUND", `There is no rollback event ${rollbackEventId}.`);
      await lockFlag(tx, event.flagName);
      // Re-read under the flag lock so two concurrent restores cannot both pass the check.
      const locked = await tx.rollbackEvent.findUniqueOrThrow({ where: { id: rollbackEventId } });
      if (locked.restoredAt !== null) {
        throw new AppError(
          "CONFLICT",
          `The enrolments of this rollback were already restored at ${locked.restoredAt.toISOString()}.`,
        );
      }
      const restoredCount = await tx.$executeRaw`
        INSERT INTO user_feature_flags (user_id, flag_name, enabled, source, enrolled_at)
        SELECT r.user_id, ${event.flagName}, r.enabled, r.source, r.enrolled_at
        FROM rollback_removed_enrolments r
        JOIN users u ON u.id = r.user_id
        WHERE r.rollback_event_id = ${rollbackEventId}
        ON CONFLICT (user_id, flag_name) DO NOTHING`;
      await tx.rollbackEvent.update({ where: { id: rollbackEventId }, data: { restoredAt: new Date() } });
      await bumpFlagVersion(tx, event.flagName);
      const result: RestoreEnrolmentsResult = {
        rollbackEventId,
        flagName: event.flagName,
        restoredCount,
        skippedCount: locked.removedEnrolmentCount - restoredCount,
      };
      await writeAudit(tx, {
        actor,
        action: "flag.restore_enrolments",
        targetType: "feature_flag",
        targetId: event.flagName,
        after: { ...result },
        reason: reason ?? null,
      });
      return result;
    },
    { timeout: 60_000 },
  );
}
