import { cron } from "inngest";
import { events, inngest } from "@/inngest/client";
import { env } from "@/lib/env";
import { listDueDiarySyncs } from "@/lib/integrations/fatsecret";

/**
 * The daily catch-up: one `fatsecret/sync.requested` per person whose plan still has unsynced meals (a run that
 * gave up, a person who linked after their plan was made). The sync itself is idempotent, so asking twice
 * costs calls, never duplicate entries. One run at a time.
 */
export const fatsecretCatchUp = inngest.createFunction(
  {
    id: "fatsecret-catch-up",
    name: "FatSecret AutoSync catch-up",
    triggers: [cron(env.FATSECRET_CATCH_UP_CRON)],
    concurrency: { limit: 1 },
    retries: 2,
  },
  async ({ step }) => {
    const due = await step.run("list-due-syncs", () => listDueDiarySyncs());
    if (due.length > 0) {
      await step.sendEvent(
        "request-syncs",
        due.map(({ userId }) => events.fatsecretSyncRequested.create({ userId, trigger: "event" })),
      );
    }
    return { requested: due.length };
  },
);
