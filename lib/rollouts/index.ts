/**
 * Staged rollouts, rollback and the rollout guard. Every write is one audited transaction; every return
 * value is plain data (numbers, strings, ISO dates) so pages, server actions and Inngest steps can pass it on.
 */
export {
  defaultRolloutStages,
  guardRulesConfig,
  guardTiming,
  stageGatesConfig,
  GUARD_RULE_METRIC,
} from "@/lib/rollouts/rollout-config";
export type { RolloutStageView, RolloutSummary } from "@/lib/rollouts/rollout-view";
export { createRollout, type CreateRolloutInput } from "@/lib/rollouts/create-rollout";
export { startRollout, type StartRolloutInput } from "@/lib/rollouts/start-rollout";
export type { StageEntry } from "@/lib/rollouts/enter-stage";
export {
  advanceRollout,
  type AdvanceRolloutInput,
  type AdvanceRolloutResult,
} from "@/lib/rollouts/advance-rollout";
export { pauseRollout } from "@/lib/rollouts/pause-rollout";
export { resumeRollout } from "@/lib/rollouts/resume-rollout";
export type { PauseRolloutInput } from "@/lib/rollouts/set-rollout-paused";
export { getRolloutStatus, type RolloutStatusView } from "@/lib/rollouts/get-rollout-status";
export type { GateTile } from "@/lib/rollouts/read-gate-values";
export type { RolloutGateReport, StageDecision } from "@/lib/rollouts/evaluate-rollout-gates";
export { rollBackFlag, type RollBackFlagInput, type RollbackResult } from "@/lib/rollouts/roll-back-flag";
export {
  restoreEnrolments,
  type RestoreEnrolmentsInput,
  type RestoreEnrolmentsResult,
} from "@/lib/rollouts/restore-enrolments";
export { AUTOSYNC_FLAG, disableAutosync } from "@/lib/rollouts/disable-autosync";
export { pauseScheduler, SCHEDULER_FLAG } from "@/lib/rollouts/pause-scheduler";
export type { GuardActionResult } from "@/lib/rollouts/engage-guard-kill-switch";
export type { GuardEventInput } from "@/lib/rollouts/guard-event-input";
export {
  ROLLBACK_ALERT_TEMPLATE,
  type AlertDelivery,
  type AlertOptions,
  type GuardAlert,
} from "@/lib/rollouts/send-guard-alerts";
export {
  listRollbackEventPage,
  listRollbackEvents,
  type RollbackEventView,
} from "@/lib/rollouts/list-rollback-events";
export { ROLLBACK_JOB_TYPES } from "@/lib/rollouts/cancel-pending-jobs";
export {
  sampleGuardMetrics,
  type GuardSample,
  type GuardSampling,
} from "@/lib/rollouts/guard/sample-guard-metrics";
export {
  evaluateGuard,
  type GuardEvaluation,
  type GuardRuleOutcome,
} from "@/lib/rollouts/guard/evaluate-guard";
export { actOnGuard, type GuardActionTaken } from "@/lib/rollouts/guard/act-on-guard";
export { observeRollouts, type RolloutObservation } from "@/lib/rollouts/guard/observe-rollouts";
export { runRolloutGuard, type GuardRun } from "@/lib/rollouts/guard/run-rollout-guard";
export { deliverGuardAlerts } from "@/lib/rollouts/deliver-guard-alerts";
