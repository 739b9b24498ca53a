import { NonRetriableError, cron } from "inngest";
import { events, inngest } from "@/inngest/client";
import { env } from "@/lib/env";
import { TandoorError, syncTandoorCatalogue } from "@/lib/integrations/tandoor";

/**
 * Tandoor catalogue sync: daily, and on demand from the console or a scheduled booking (`catalogue/sync.requested`). One
 * step — the sync is incremental by `updated_at`, so a retried step refetches only what it had not stored.
 * One run at a time: two walks would race on the same rows.
 */
export const tandoorCatalogueSync = inngest.createFunction(
  {
    id: "sync-tandoor-catalogue",
    name: "Tandoor catalogue sync",
    triggers: [cron(env.TANDOOR_SYNC_CRON), events.catalogueSyncRequested],
    concurrency: { limit: 1 },
    retries: 3,
  },
  async ({ event, step }) => {
    const trigger = event.name === "catalogue/sync.requested" ? "event" : "cron";
    return step.run("sync-catalogue", async () => {
      try {
        return await syncTandoorCatalogue({ trigger });
      } catch (error) {
        if (error instanceof TandoorError && !error.isRetryable) throw new NonRetriableError(error.message);
        throw error;
      }
    });
  },
);
