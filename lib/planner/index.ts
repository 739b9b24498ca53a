/**
 * The meal-planning engine: pure functions from a request and a recipe catalogue to a week.
 * No I/O and no framework; the exact mode (./exact) loads the HiGHS WASM solver on first use.
 */
export { generateWeekPlan, type GenerateWeekPlanOptions } from "./generate-week-plan";
export { swapMeal, type SwapMealOptions } from "./swap-meal";
export { regenerateWeekPlan, type RegenerateWeekPlanOptions } from "./regenerate-week-plan";
export { findRuleViolations, type RuleViolation } from "./find-rule-violations";
export { type TargetMiss } from "./explain-target-misses";
export { PlannerError, isPlannerError, PLANNER_ERROR_CODES, type PlannerErrorCode } from "./errors";
export {
  parsePlanRequest,
  planRequestSchema,
  type PlanRequest,
  type ParsedPlanRequest,
} from "./parse-plan-request";
export {
  DAY_NAMES,
  PLAN_SLOTS,
  SERVING_LEVELS,
  mealSlotOf,
  type DayName,
  type EffectiveRules,
  type LeftoverPortion,
  type MealRef,
  type PlanScore,
  type PlanSlot,
  type PlannedDay,
  type PlannedMeal,
  type Relaxation,
  type WeekPlan,
} from "./types";
