import type { InngestFunction } from "inngest";
import { rolloutGuard } from "@/inngest/functions/cron.rollout-guard";
import { dispatchDueJobs } from "@/inngest/functions/cron.dispatch-due-jobs";
import { dispatchJobsPage } from "@/inngest/functions/jobs-dispatch-page-requested";
import { generatePlan } from "@/inngest/functions/plan-generate-requested";
import { notifyPlanReady } from "@/inngest/functions/plan-generated-notify";

/** Every function the app serves; `app/api/inngest/route.ts` registers exactly this list. */
export const functions: InngestFunction.Any[] = [
  dispatchDueJobs,
  dispatchJobsPage,
  generatePlan,
  notifyPlanReady,
  rolloutGuard,
];
