/**
 * Exact mode, kept out of the main entry point so the app never bundles the HiGHS WASM solver
 * unless it asks for it.
 */
export {
  generateWeekPlanExact,
  type ExactWeekPlan,
  type GenerateWeekPlanExactOptions,
  type Optimality,
} from "./generate-week-plan-exact";
export {
  certifyWeekOptimum,
  type CertifiedWeek,
  type CertifyOptions,
  type RoundInfo,
} from "./certify-week-optimum";
