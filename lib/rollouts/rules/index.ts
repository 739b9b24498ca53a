/**
 * The pure rules of staged rollouts: stage gates (when a stage may advance) and guard rules (when to roll
 * back). No database, no framework: the orchestration around them is the rest of `lib/rollouts`.
 */
export {
  DEFAULT_GUARD_RULES,
  DEFAULT_MAX_SAMPLE_GAP_MS,
  DEFAULT_MEMORY_RULE,
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
} from "@/lib/rollouts/rules/guard-rules";
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
} from "@/lib/rollouts/rules/stage-gates";
