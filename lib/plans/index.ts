export {
  generatePlanForUser,
  generatePlansForUsers,
  generateRecordedPlan,
  type BatchPlanOutcome,
  type GeneratedPlan,
  type GeneratePlanOptions,
} from "@/lib/plans/generate-plan-for-user";
export {
  generatePlanOnDemand,
  GeneratePlanOnDemandSchema,
  type GeneratePlanOnDemand,
  type OnDemandPlanResult,
} from "@/lib/plans/generate-plan-on-demand";
export { enqueuePlanReadyEmail } from "@/lib/plans/enqueue-plan-ready-email";
export { currentWeekStart, nextWeekStart } from "@/lib/plans/week-start";
export { buildPlanRequest, planSeed } from "@/lib/plans/build-plan-request";
export { getCatalogue, loadCatalogue, type LoadedCatalogue } from "@/lib/plans/load-catalogue";
export { getLatestPlan, markPlanViewed, type LatestPlan } from "@/lib/plans/get-latest-plan";
export { GENERATION_FLAG } from "@/lib/jobs/job-gates";
export { generateDuePlans, type DuePlansReport } from "@/lib/plans/generate-due-plans";
export { getPlanWeek, type PlanWeek } from "@/lib/plans/get-plan-week";
export { listPlanHistory, type PlanHistoryEntry } from "@/lib/plans/list-plan-history";
export { getPlannedRecipe, type PlannedRecipe } from "@/lib/plans/get-planned-recipe";
export { getGroceryList, type GroceryListView, type GroceryItemView } from "@/lib/plans/get-grocery-list";
export { getPrepPlan } from "@/lib/plans/get-prep-plan";
export { summariseDays, ON_TARGET_PCT, type DaySummary, type WeekSummary } from "@/lib/plans/summarise-days";
export {
  setGroceryItemChecked,
  GroceryCheckSchema,
  type GroceryCheck,
} from "@/lib/plans/set-grocery-item-checked";
export {
  previewMealSwap,
  swapPlannedMeal,
  MealSwapSchema,
  ConfirmMealSwapSchema,
  type MealSwap,
  type ConfirmMealSwap,
  type SwapPreview,
} from "@/lib/plans/swap-planned-meal";
export { lockPlannedMeal, MealLockSchema, type MealLock } from "@/lib/plans/lock-planned-meal";
export {
  regenerateAroundLocks,
  RegenerateWeekSchema,
  type RegenerateWeek,
} from "@/lib/plans/regenerate-around-locks";
export { undoPlanChange, UndoPlanChangeSchema, type UndoPlanChange } from "@/lib/plans/undo-plan-change";
