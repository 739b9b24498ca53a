import type { Prisma } from "@/lib/db";
import { isInRollout } from "@/lib/flags";
import { upsertEnrolments } from "@/lib/flags/server";

/**
 * Writes an enrolment for every live user the stage's percentage admits (sticky bucket < pct × 100), so the
 * plan's canary queries — which find the canary through user_feature_flags — see everyone the rollout
 * exposes. Because a bucket never moves, the users of 5 % are all among those of 25 %. Existing enrolments
 * are kept as they are: an opt-out stays an opt-out. Users who sign up later are admitted by the flag's
 * rollout_percentage at evaluation time (they count as "rest" in metrics until the next stage).
 */
export async function materialiseStageEnrolments(
  tx: Prisma.TransactionClient,
  flagName: string,
  percentage: number,
  now: Date,
): Promise<number> {
  const source = `rollout_${percentage}`;
  if (percentage >= 100) {
    return tx.$executeRaw`
      INSERT INTO user_feature_flags (user_id, flag_name, enabled, source, enrolled_at)
      SELECT id, ${flagName}, true, ${source}, ${now} FROM users WHERE deleted_at IS NULL
      ON CONFLICT (user_id, flag_name) DO NOTHING`;
  }
  const users = await tx.user.findMany({ where: { deletedAt: null }, select: { id: true } });
  const admitted = users.filter((user) => isInRollout(flagName, user.id, percentage)).map((user) => user.id);
  return upsertEnrolments(tx, {
    flagName,
    userIds: admitted,
    enabled: true,
    source,
    enrolledAt: now,
    onConflict: "keep",
  });
}
