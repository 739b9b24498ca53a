import type { InngestFunction } from "inngest";
import { rolloutGuard } from "@/inngest/functions/cron.rollout-guard";

/** Every function the app serves; `app/api/inngest/route.ts` registers exactly this list. */
export const functions: InngestFunction.Any[] = [rolloutGuard];
