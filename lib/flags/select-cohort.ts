/**
 * Pure cohort selection over loaded candidates, on top of `selectCanaryCohort`.
 *
 * Users who opted out of the flag (an enrolment with enabled = false) still count toward the user base the
 * target is computed from — the plan's ceil(COUNT(*) × pct) — but are never picked: a cohort enrolment must
 * not silently undo someone's "no". They are passed on with no beta or activity signals, which is exactly
 * how `selectCanaryCohort` leaves a user out.
 */
import { selectCanaryCohort, type CanaryCohort, type CohortCandidate } from "@/lib/flags/cohorts";

export interface EnrolmentState {
  enabled: boolean;
  source: string;
}

export interface StoredCandidate extends CohortCandidate {
  name: string;
  enrolment: EnrolmentState | null;
}

export type AutomaticCohort = "beta_testers" | "active_users";

function neutral(candidate: StoredCandidate): CohortCandidate {
  return { id: candidate.id, email: "", tags: [], inBetaProgram: false, lastLoginAt: null };
}

export function selectCohort(
  candidates: readonly StoredCandidate[],
  cohort: AutomaticCohort,
  targetPercent: number,
  now: Date,
  /** The live user base the target is taken from, when the candidates are only the part worth loading. */
  totalUsers?: number,
): CanaryCohort {
  const prepared = candidates
    .filter((candidate) => (candidate.deletedAt ?? null) === null)
    .map((candidate): CohortCandidate => {
      if (candidate.enrolment?.enabled === false) return neutral(candidate);
      if (cohort === "active_users") return { ...neutral(candidate), lastLoginAt: candidate.lastLoginAt };
      return candidate;
    });
  return selectCanaryCohort(prepared, targetPercent, { now, totalUsers });
}
