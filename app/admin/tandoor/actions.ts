"use server";
import { events, inngest } from "@/inngest/client";
import { staffAction } from "@/lib/auth/safe-action";
import { syncTandoorCatalogue } from "@/lib/integrations/tandoor";
import { log } from "@/lib/log";

/**
 * "Sync now": asks the catalogue-sync function to run. Where no Inngest is reachable (a developer machine
 * without the Dev Server) the same use case runs in this request instead, so the button always does its job.
 */
export const syncTandoorNowAction = staffAction.action(async ({ ctx }) => {
  try {
    await inngest.send(events.catalogueSyncRequested.create({ trigger: "manual" }));
    return { queued: true as const };
  } catch (error) {
    log.warn(
      { err: error, staff: ctx.user.email },
      "Inngest unreachable: syncing the Tandoor catalogue in the request",
    );
    const result = await syncTandoorCatalogue({ trigger: "console" });
    return { queued: false as const, result };
  }
});
