import { z } from "zod";
import { db } from "@/lib/db";
import { isBetaTester } from "@/lib/flags/cohorts";
import { CohortSpecSchema, type CohortSpec } from "@/lib/flags/cohort-spec";
import { FlagNameSchema, RolloutPercentageSchema } from "@/lib/flags/flag-inputs";
import { parseInput } from "@/lib/flags/parse-input";
import { resolveCohort } from "@/lib/flags/resolve-cohort";
import type { EnrolmentState } from "@/lib/flags/select-cohort";

export const ListCohortCandidatesInputSchema = z.object({
  /** With a flag, existing enrolments are shown and opt-outs of that flag are left out. */
  flagName: FlagNameSchema.optional(),
  cohort: CohortSpecSchema,
  targetPercent: RolloutPercentageSchema.default(5),
});
export type ListCohortCandidatesInput = z.input<typeof ListCohortCandidatesInputSchema>;

export interface CohortCandidateView {
  id: string;
  email: string;
  name: string;
  isBetaTester: boolean;
  lastSignInAt: string | null;
  enrolment: EnrolmentState | null;
}

export interface CohortPreview {
  cohort: CohortSpec;
  totalUsers: number;
  targetCount: number;
  /** How many `enrolCohort` would enrol now, and that as a share of the target. */
  enrolledCount: number;
  pctOfTarget: number;
  candidates: CohortCandidateView[];
  notFound: string[];
}

/** Previews a cohort for the console before anyone is enrolled. */
export async function listCohortCandidates(
  input: ListCohortCandidatesInput,
  now: Date = new Date(),
): Promise<CohortPreview> {
  const { flagName, cohort, targetPercent } = parseInput(ListCohortCandidatesInputSchema, input);
  const resolved = await resolveCohort(db, flagName ?? null, cohort, targetPercent, now);
  return {
    cohort,
    totalUsers: resolved.totalUsers,
    targetCount: resolved.targetCount,
    enrolledCount: resolved.enrolledCount,
    pctOfTarget: resolved.pctOfTarget,
    candidates: resolved.selected.map((candidate) => ({
      id: candidate.id,
      email: candidate.email,
      name: candidate.name,
      isBetaTester: isBetaTester(candidate),
      lastSignInAt: candidate.lastLoginAt?.toISOString() ?? null,
      enrolment: candidate.enrolment,
    })),
    notFound: resolved.notFound,
  };
}
