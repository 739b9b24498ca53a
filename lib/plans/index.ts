export { generatePlanForUser, type GeneratedPlan } from "@/lib/plans/generate-plan-for-user";
export { enqueuePlanReadyEmail } from "@/lib/plans/enqueue-plan-ready-email";
export { nextWeekStart, isPlanHour } from "@/lib/plans/week-start";
export { buildPlanRequest, planSeed } from "@/lib/plans/build-plan-request";
export { loadCatalogue } from "@/lib/plans/load-catalogue";
export { getLatestPlan, markPlanViewed, type LatestPlan } from "@/lib/plans/get-latest-plan";
export { bookDuePlanJobs, GENERATION_FLAG, type DuePlanJob } from "@/lib/plans/book-due-plan-jobs";
