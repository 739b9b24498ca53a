import { Inngest, eventType } from "inngest";
import { z } from "zod";
import { env } from "@/lib/env";
import { JobExecutionMiddleware } from "@/inngest/middleware/job-execution";

// What made a run: the dispatcher's booking, a staff "run now", or anything else (the default).
const TriggerSchema = z.enum(["scheduled", "manual", "event"]).optional();

/** Every event the app sends or reacts to, with its data schema. Names are `area/thing.happened`. */
export const events = {
  planGenerateRequested: eventType("plan/generate.requested", {
    schema: z.object({
      userId: z.string().min(1),
      weekStart: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      scheduledJobId: z.string().optional(),
      trigger: TriggerSchema,
    }),
  }),
  planNotifyRequested: eventType("plan/notify.requested", {
    schema: z.object({
      userId: z.string().min(1),
      scheduledJobId: z.string().optional(),
      trigger: TriggerSchema,
    }),
  }),
  fatsecretSyncRequested: eventType("fatsecret/sync.requested", {
    schema: z.object({
      userId: z.string().min(1),
      scheduledJobId: z.string().optional(),
      trigger: TriggerSchema,
    }),
  }),
  catalogueSyncRequested: eventType("catalogue/sync.requested", {
    schema: z.object({ scheduledJobId: z.string().optional(), trigger: TriggerSchema }),
  }),
  dispatchPageRequested: eventType("jobs/dispatch.page.requested", {
    schema: z.object({ at: z.iso.datetime(), page: z.number().int().min(0), limit: z.number().int().min(1) }),
  }),
  flagRolledBack: eventType("flag/rolled-back", {
    schema: z.object({ flagName: z.string().min(1), rollbackEventId: z.string().optional() }),
  }),
  planGenerated: eventType("plan/generated", {
    schema: z.object({ userId: z.string().min(1), mealPlanId: z.string().min(1) }),
  }),
  rolloutGuardTripped: eventType("rollout/guard.tripped", {
    schema: z.object({ flagName: z.string(), rule: z.string(), value: z.number().nullable() }),
  }),
};

export const inngest = new Inngest({
  id: "meal-planner",
  ...(env.INNGEST_DEV !== undefined ? { isDev: env.INNGEST_DEV } : {}),
  ...(env.INNGEST_BASE_URL ? { baseUrl: env.INNGEST_BASE_URL } : {}),
  ...(env.INNGEST_EVENT_KEY ? { eventKey: env.INNGEST_EVENT_KEY } : {}),
  ...(env.INNGEST_SIGNING_KEY ? { signingKey: env.INNGEST_SIGNING_KEY } : {}),
  middleware: [JobExecutionMiddleware],
});
