export {
  generatePlanForUser,
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
