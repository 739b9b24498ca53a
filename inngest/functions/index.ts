import type { InngestFunction } from "inngest";
import { rolloutGuard } from "@/inngest/functions/cron.rollout-guard";
import { rolloutCommunications } from "@/inngest/functions/cron.rollout-communications";
import { dispatchDueJobs } from "@/inngest/functions/cron.dispatch-due-jobs";
import { dispatchJobsPage } from "@/inngest/functions/jobs-dispatch-page-requested";
import { generatePlan } from "@/inngest/functions/plan-generate-requested";
import { notifyPlanReady } from "@/inngest/functions/plan-generated-notify";
import { syncFatSecret } from "@/inngest/functions/plan-generated-fatsecret-sync";
import { fatsecretCatchUp } from "@/inngest/functions/cron.fatsecret-catch-up";
import { tandoorCatalogueSync } from "@/inngest/functions/cron.tandoor-sync";

/** Every function the app serves; `app/api/inngest/route.ts` registers exactly this list. */
export const functions: InngestFunction.Any[] = [
  dispatchDueJobs,
  dispatchJobsPage,
  generatePlan,
  notifyPlanReady,
  rolloutGuard,
  syncFatSecret,
  fatsecretCatchUp,
  tandoorCatalogueSync,
  rolloutCommunications,
];
