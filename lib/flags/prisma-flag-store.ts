import { db, type PrismaClient } from "@/lib/db";
import type { FlagStore, FlagStoreSnapshot } from "@/lib/flags/flag-cache";

/**
 * The cache's view of feature_flags (all of it: a handful of rows) and user_feature_flags (per person).
 *
 * version() is one aggregate over the (small) flags table: the sum of per-flag versions moves on every
 * write that bumps a flag, and adding the row count makes creating or deleting a flag move it too.
 * Every mutation in lib/flags and lib/rollouts bumps the flag it touches, enrolment changes included.
 */
export class PrismaFlagStore implements FlagStore {
  constructor(private readonly client: PrismaClient = db) {}

  async version(): Promise<bigint> {
    const rows = await this.client.$queryRaw<{ version: bigint }[]>`
      SELECT (COALESCE(SUM(version), 0) + COUNT(*))::bigint AS version FROM feature_flags`;
    return rows[0]?.version ?? 0n;
  }

  /**
   * Reads the version and the flags in one REPEATABLE READ transaction, so the snapshot and its version
   * describe the same moment: a write landing mid-load is picked up by the next probe, never half-applied.
   * Enrolments are not loaded here (there may be millions): see `loadUserEnrolments`.
   */
  async load(): Promise<FlagStoreSnapshot> {
    return this.client.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<{ version: bigint }[]>`
          SELECT (COALESCE(SUM(version), 0) + COUNT(*))::bigint AS version FROM feature_flags`;
        const flags = await tx.featureFlag.findMany({
          select: {
            flagName: true,
            enabledGlobally: true,
            rolloutPercentage: true,
            killSwitch: true,
            version: true,
          },
        });
        return {
          version: rows[0]?.version ?? 0n,
          flags: flags.map((flag) => ({
            key: flag.flagName,
            enabledGlobally: flag.enabledGlobally,
            rolloutPercentage: Number(flag.rolloutPercentage.toString()),
            killSwitch: flag.killSwitch,
            version: flag.version,
          })),
          enrolments: [],
        };
      },
      { isolationLevel: "RepeatableRead", timeout: 30_000 },
    );
  }

  /** One person's explicit enrolments: an index lookup on user_feature_flags' primary key (user_id, flag_name). */
  async loadUserEnrolments(userId: string): Promise<{ flagKey: string; enabled: boolean }[]> {
    const rows = await this.client.userFeatureFlag.findMany({
      where: { userId },
      select: { flagName: true, enabled: true },
    });
    return rows.map((row) => ({ flagKey: row.flagName, enabled: row.enabled }));
  }

  /** Many people's explicit enrolments in one query over the same primary key. */
  async loadUsersEnrolments(
    userIds: string[],
  ): Promise<{ userId: string; flagKey: string; enabled: boolean }[]> {
    const rows = await this.client.userFeatureFlag.findMany({
      where: { userId: { in: userIds } },
      select: { userId: true, flagName: true, enabled: true },
    });
    return rows.map((row) => ({ userId: row.userId, flagKey: row.flagName, enabled: row.enabled }));
  }
}
