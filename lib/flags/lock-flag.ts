import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { flagRowSelect, type FlagRow } from "@/lib/flags/flag-view";

/**
 * Row-locks the flag for the rest of the transaction and returns its state. Two staff members editing
 * the same flag (or the guard rolling it back meanwhile) then queue up, and each audit `before` is the state
 * its own change replaced.
 */
export async function lockFlag(tx: Prisma.TransactionClient, flagName: string): Promise<FlagRow> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM feature_flags WHERE flag_name = ${flagName} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", `There is no feature flag named "${flagName}".`);
  return tx.featureFlag.findUniqueOrThrow({ where: { flagName }, select: flagRowSelect });
}

/** Bumps the flag's version so every instance's flag cache reloads within its staleness window. */
export async function bumpFlagVersion(tx: Prisma.TransactionClient, flagName: string): Promise<void> {
  await tx.featureFlag.update({ where: { flagName }, data: { version: { increment: 1 } } });
}
