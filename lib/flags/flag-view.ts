/**
 * The plain, serialisable shape of a flag for callers (console pages, server actions, Inngest step output):
 * numbers instead of Prisma Decimals, ISO strings instead of Dates.
 */
import type { Prisma } from "@/lib/db";

export interface FlagView {
  flagName: string;
  description: string | null;
  enabledGlobally: boolean;
  rolloutPercentage: number;
  killSwitch: boolean;
  killSwitchReason: string | null;
  version: number;
  /** Enrolments of any kind, and those that switch the flag on. */
  enrolmentCount: number;
  enabledEnrolmentCount: number;
  updatedAt: string;
}

export const flagRowSelect = {
  flagName: true,
  description: true,
  enabledGlobally: true,
  rolloutPercentage: true,
  killSwitch: true,
  killSwitchReason: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.FeatureFlagSelect;

export type FlagRow = Prisma.FeatureFlagGetPayload<{ select: typeof flagRowSelect }>;

/** The flag state an audit entry records as before/after. */
export function flagStateOf(row: FlagRow): {
  enabledGlobally: boolean;
  rolloutPercentage: number;
  killSwitch: boolean;
  killSwitchReason: string | null;
} {
  return {
    enabledGlobally: row.enabledGlobally,
    rolloutPercentage: Number(row.rolloutPercentage.toString()),
    killSwitch: row.killSwitch,
    killSwitchReason: row.killSwitchReason,
  };
}

export async function loadFlagView(
  client: Prisma.TransactionClient,
  flagName: string,
): Promise<FlagView | null> {
  const row = await client.featureFlag.findUnique({ where: { flagName }, select: flagRowSelect });
  if (row === null) return null;
  const [enrolmentCount, enabledEnrolmentCount] = await Promise.all([
    client.userFeatureFlag.count({ where: { flagName } }),
    client.userFeatureFlag.count({ where: { flagName, enabled: true } }),
  ]);
  return toFlagView(row, enrolmentCount, enabledEnrolmentCount);
}

export function toFlagView(row: FlagRow, enrolmentCount: number, enabledEnrolmentCount: number): FlagView {
  return {
    flagName: row.flagName,
    description: row.description,
    ...flagStateOf(row),
    version: row.version,
    enrolmentCount,
    enabledEnrolmentCount,
    updatedAt: row.updatedAt.toISOString(),
  };
}
