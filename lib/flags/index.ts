/**
 * Feature flags — the pure core (bucketing, evaluation, the cache, cohorts). Persistence, HTTP and scheduling live
 * elsewhere and talk to this through `FlagStore` and plain data: the database-backed flag check and the
 * audited writes are in `lib/flags/server.ts`; rollouts, their pure rules (`lib/rollouts/rules`) and the guard in
 * `lib/rollouts`.
 */
export { hashFlagUser } from "@/lib/flags/hash-key";
export {
  BUCKET_COUNT,
  bucketFor,
  isBucketInRollout,
  isInRollout,
  percentageToBasisPoints,
} from "@/lib/flags/bucket";
export { flagSnapshotSchema, type FlagEnrolment, type FlagSnapshot } from "@/lib/flags/flag-snapshot";
export { evaluateFlag, type FlagEvaluation, type FlagReason } from "@/lib/flags/evaluate-flag";
export {
  DEFAULT_FAILURE_BACKOFF_MS,
  DEFAULT_MAX_STALENESS_MS,
  FlagCache,
  type FlagCacheOptions,
  type FlagStore,
  type FlagStoreSnapshot,
  type RefreshOutcome,
  type RejectedFlag,
} from "@/lib/flags/flag-cache";
export {
  BETA_TESTER_TAG,
  canaryTargetCount,
  DEFAULT_ACTIVE_WITHIN_DAYS,
  isBetaTester,
  selectCanaryCohort,
  type BetaSignals,
  type CanaryCohort,
  type CohortCandidate,
  type CohortOptions,
} from "@/lib/flags/cohorts";
