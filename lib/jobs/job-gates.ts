import type { JobType } from "@/lib/generated/prisma/enums";

/** The generation engine's flag (the rollout plan's `phase3_generation_engine`). */
export const GENERATION_FLAG = "phase3_generation_engine";
/** The guard's operational switch: engaged, it pauses every scheduled job (plan §6.1). */
export const SCHEDULER_FLAG = "scheduler";

export interface JobGate {
  /** Must be on for the person the job is for: the feature being rolled out. */
  userFlag: string | null;
  /** Operational switches that stop this job type for everyone (the guard engages them). */
  killSwitches: readonly string[];
}

/**
 * What must hold before a job of each type runs. Checked when the job is booked and again at the run's first
 * step, so a rollback or a kill switch stops work already queued. The weekly plan, its e-mail and its
 * FatSecret sync are one feature (plan §1): all follow the generation flag.
 */
export const JOB_GATES: Readonly<Record<JobType, JobGate>> = {
  WeeklyGeneration: { userFlag: GENERATION_FLAG, killSwitches: [SCHEDULER_FLAG] },
  PlanNotification: { userFlag: GENERATION_FLAG, killSwitches: [SCHEDULER_FLAG, "plan_ready_email"] },
  AutoSync: { userFlag: GENERATION_FLAG, killSwitches: [SCHEDULER_FLAG, "fatsecret_autosync"] },
  CatalogueSync: { userFlag: null, killSwitches: [SCHEDULER_FLAG] },
  RolloutGuard: { userFlag: null, killSwitches: [] },
  SchedulerFanOut: { userFlag: null, killSwitches: [SCHEDULER_FLAG] },
};
