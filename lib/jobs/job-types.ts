import type { JobType } from "@/lib/generated/prisma/enums";

/**
 * Which `job_type` each Inngest function's runs are recorded under. The rollout plan's queries group by these
 * names (`WeeklyGeneration`, `AutoSync`), so the mapping is explicit rather than derived from ids.
 */
export const JOB_TYPE_BY_FUNCTION_ID: Readonly<Record<string, JobType>> = {
  "dispatch-due-jobs": "SchedulerFanOut",
  "dispatch-jobs-page": "SchedulerFanOut",
  "generate-plan": "WeeklyGeneration",
  "notify-plan-ready": "PlanNotification",
  "sync-fatsecret": "AutoSync",
  "rollout-guard": "RolloutGuard",
  "sync-tandoor-catalogue": "CatalogueSync",
};

export function jobTypeForFunction(functionId: string): JobType | null {
  return JOB_TYPE_BY_FUNCTION_ID[functionId] ?? null;
}
