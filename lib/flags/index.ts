/**
 * Feature flags and rollout guards — the pure core. Persistence, HTTP and scheduling live
 * elsewhere and talk to this through `FlagStore` and plain data: the database-backed flag check and the
 * audited writes are in `lib/flags/server.ts`, rollouts and the guard in `lib/rollouts`.
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
  DEFAULT_GUARD_RULES,
  DEFAULT_MAX_SAMPLE_GAP_MS,
  evaluateGuardRule,
  evaluateGuardRules,
  GUARD_RULE_KEYS,
  trippedActions,
  type GuardAction,
  type GuardMetricSeries,
  type GuardRuleConfig,
  type GuardRuleKey,
  type GuardRuleResult,
  type GuardRulesConfig,
  type MetricSample,
} from "@/lib/flags/guard-rules";
export {
  DEFAULT_ROLLOUT_STAGES,
  DEFAULT_STAGE_GATES,
  evaluateStageAdvance,
  isGateGreen,
  STAGE_GATE_KEYS,
  updateGreenSince,
  type GateComparator,
  type GateStatus,
  type RolloutStage,
  type StageAction,
  type StageAdvanceDecision,
  type StageAdvanceInput,
  type StageGateConfig,
  type StageGateKey,
  type StageGatesConfig,
} from "@/lib/flags/stage-gates";
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
