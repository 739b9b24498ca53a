import type { Prisma } from "@/lib/db";
import type { CohortSpec } from "@/lib/flags/cohort-spec";
import { canaryTargetCount } from "@/lib/flags/cohorts";
import { loadCandidatesByEmail, loadCohortCandidates } from "@/lib/flags/load-cohort-candidates";
import { selectCohort, type StoredCandidate } from "@/lib/flags/select-cohort";

export interface ResolvedCohort {
  /** Chosen users in priority order (beta testers first, then most recent sign-in). */
  selected: StoredCandidate[];
  totalUsers: number;
  targetCount: number;
  enrolledCount: number;
  pctOfTarget: number;
  /** Manual cohorts only: addresses that match no live user. */
  notFound: string[];
}

/** Works out who a cohort is, without writing anything; shared by the preview and the enrolment. */
export async function resolveCohort(
  client: Prisma.TransactionClient,
  flagName: string | null,
  cohort: CohortSpec,
  targetPercent: number,
  now: Date,
): Promise<ResolvedCohort> {
  const totalUsers = await client.user.count({ where: { deletedAt: null } });
  if (typeof cohort === "string") {
    const targetCount = canaryTargetCount(totalUsers, targetPercent);
    const candidates = await loadCohortCandidates(client, flagName, cohort, targetCount, now);
    const selection = selectCohort(candidates, cohort, targetPercent, now, totalUsers);
    const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    return {
      selected: selection.selectedIds.flatMap((id) => byId.get(id) ?? []),
      totalUsers,
      targetCount: selection.targetCount,
      enrolledCount: selection.enrolledCount,
      pctOfTarget: selection.pctOfTarget,
      notFound: [],
    };
  }

  // Addresses are compared case-insensitively: people type them however they like.
  const wanted = [...new Set(cohort.manual.map((email) => email.toLowerCase()))];
  const candidates = await loadCandidatesByEmail(client, flagName, wanted);
  const byEmail = new Map(candidates.map((candidate) => [candidate.email.toLowerCase(), candidate]));
  const selected = wanted.flatMap((email) => byEmail.get(email) ?? []);
  const notFound = wanted.filter((email) => !byEmail.has(email));
  return {
    selected,
    totalUsers,
    targetCount: wanted.length,
    enrolledCount: selected.length,
    pctOfTarget: wanted.length === 0 ? 100 : Math.round((selected.length / wanted.length) * 10_000) / 100,
    notFound,
  };
}
