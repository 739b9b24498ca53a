import type { Prisma } from "@/lib/db";
import type { StoredCandidate } from "@/lib/flags/select-cohort";

/**
 * Every live (not soft-deleted) user with the signals cohort selection needs, and their enrolment in the
 * flag when one is given. One query; the selection itself is pure (lib/flags/cohorts.ts).
 */
export async function loadCohortCandidates(
  client: Prisma.TransactionClient,
  flagName: string | null,
): Promise<StoredCandidate[]> {
  const users = await client.user.findMany({
    where: { deletedAt: null },
    select: {
      id: true,
      email: true,
      name: true,
      tags: true,
      lastSignInAt: true,
      betaProgram: { select: { userId: true } },
      featureFlags: {
        where: { flagName: flagName ?? "" },
        select: { enabled: true, source: true },
      },
    },
  });
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    tags: user.tags,
    inBetaProgram: user.betaProgram !== null,
    lastLoginAt: user.lastSignInAt,
    deletedAt: null,
    enrolment: user.featureFlags[0] ?? null,
  }));
}
