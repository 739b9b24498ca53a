import { Prisma } from "@/lib/db";

/**
 * What happens to a user who already has an enrolment for the flag:
 * - `overwrite`: take the new enabled/source/enrolled_at (a staff member's explicit choice);
 * - `enable`: switch on and restamp enrolled_at, keeping the source (the plan's A.2 `DO UPDATE SET enabled = true`);
 * - `keep`: leave it alone (materialising a stage must not undo an opt-out or rewrite history).
 */
export type EnrolmentConflictMode = "overwrite" | "enable" | "keep";

export interface EnrolmentWrite {
  flagName: string;
  userIds: readonly string[];
  enabled: boolean;
  source: string;
  enrolledAt: Date;
  onConflict: EnrolmentConflictMode;
}

const CHUNK_SIZE = 10_000;

const CONFLICT_CLAUSE: Record<EnrolmentConflictMode, Prisma.Sql> = {
  overwrite: Prisma.sql`ON CONFLICT (user_id, flag_name) DO UPDATE SET enabled = EXCLUDED.enabled,
    source = EXCLUDED.source, enrolled_at = EXCLUDED.enrolled_at`,
  enable: Prisma.sql`ON CONFLICT (user_id, flag_name) DO UPDATE SET enabled = true, enrolled_at = EXCLUDED.enrolled_at`,
  keep: Prisma.sql`ON CONFLICT (user_id, flag_name) DO NOTHING`,
};

/**
 * Writes enrolments for existing users in set-based SQL (one statement per 10 000 ids). Ids of users that no
 * longer exist are skipped by the join rather than failing the batch. Returns rows inserted or updated.
 */
export async function upsertEnrolments(tx: Prisma.TransactionClient, write: EnrolmentWrite): Promise<number> {
  let affected = 0;
  for (let start = 0; start < write.userIds.length; start += CHUNK_SIZE) {
    const chunk = write.userIds.slice(start, start + CHUNK_SIZE);
    affected += await tx.$executeRaw`
      INSERT INTO user_feature_flags (user_id, flag_name, enabled, source, enrolled_at)
      SELECT u.id, ${write.flagName}, ${write.enabled}, ${write.source}, ${write.enrolledAt}
      FROM users u WHERE u.id = ANY(${chunk}::text[])
      ${CONFLICT_CLAUSE[write.onConflict]}`;
  }
  return affected;
}
