/**
 * Feature flags backed by the database: the process-wide flag check and the audited writes. Separate from
 * `index.ts` (the pure core) so scripts and unit tests can use bucketing and rules without a database.
 */
export { ActorSchema, ROLLOUT_GUARD_ACTOR, type Actor } from "@/lib/flags/actor";
export { PrismaFlagStore } from "@/lib/flags/prisma-flag-store";
export {
  createFeatureFlagClient,
  evaluateFeature,
  getFeatureFlagClient,
  isFeatureEnabled,
  isKillSwitchEngaged,
  preloadFlagUsers,
  type FeatureFlagClient,
  type FeatureFlagClientOptions,
  type FlagUser,
} from "@/lib/flags/feature-flag-client";
export { getFlag, listFlags } from "@/lib/flags/list-flags";
export type { FlagView } from "@/lib/flags/flag-view";
export { setFlagGlobal, type SetFlagGlobalInput } from "@/lib/flags/set-flag-global";
export { setRolloutPercentage, type SetRolloutPercentageInput } from "@/lib/flags/set-rollout-percentage";
export { engageKillSwitch, type EngageKillSwitchInput } from "@/lib/flags/engage-kill-switch";
export { releaseKillSwitch, type ReleaseKillSwitchInput } from "@/lib/flags/release-kill-switch";
export { enrolUsers, type EnrolUsersInput, type EnrolUsersResult } from "@/lib/flags/enrol-users";
export {
  removeEnrolments,
  type RemoveEnrolmentsInput,
  type RemoveEnrolmentsResult,
} from "@/lib/flags/remove-enrolments";
export {
  enrolCohort,
  enrolCohortInTransaction,
  type EnrolCohortInput,
  type EnrolCohortResult,
} from "@/lib/flags/enrol-cohort";
export {
  listCohortCandidates,
  type CohortCandidateView,
  type CohortPreview,
  type ListCohortCandidatesInput,
} from "@/lib/flags/list-cohort-candidates";
export { CohortSpecSchema, type CohortSpec } from "@/lib/flags/cohort-spec";
export { writeAudit, type AuditEntry } from "@/lib/flags/write-audit";
export { bumpFlagVersion, lockFlag } from "@/lib/flags/lock-flag";
export { upsertEnrolments, type EnrolmentConflictMode } from "@/lib/flags/upsert-enrolments";
export { parseInput } from "@/lib/flags/parse-input";
export {
  EnrolmentSourceSchema,
  FlagNameSchema,
  RolloutPercentageSchema,
  UserIdsSchema,
} from "@/lib/flags/flag-inputs";
