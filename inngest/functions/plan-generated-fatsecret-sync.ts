import { NonRetriableError } from "inngest";
import { events, inngest } from "@/inngest/client";
import { env } from "@/lib/env";
import {
  FatSecretError,
  FatSecretLinkBrokenError,
  finishDiarySync,
  planDiarySync,
  recordDiarySyncFailure,
  removeStaleEntries,
  syncPlannedMeal,
  type MealSyncResult,
} from "@/lib/integrations/fatsecret";

type Guarded<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * A broken link or a non-transient API error will not heal by retrying: the step records it and reports it
 * as its result, and the handler then fails the run without retries. Transient errors still throw, so
 * Inngest retries the step.
 */
async function guarded<T>(userId: string, work: () => Promise<T>): Promise<Guarded<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (
      error instanceof FatSecretLinkBrokenError ||
      (error instanceof FatSecretError && !error.isRetryable)
    ) {
      await recordDiarySyncFailure(userId, error.message);
      return { ok: false, message: error.message };
    }
    throw error;
  }
}

function unwrap<T>(outcome: Guarded<T>): T {
  if (!outcome.ok) throw new NonRetriableError(outcome.message);
  return outcome.value;
}

/**
 * AutoSync (plan §"Automated FatSecret synchronization"): after a plan is generated — or when the daily
 * catch-up asks — push each planned meal to the person's FatSecret diary, one step per meal so a retry
 * resumes where it stopped. Idempotent per planned meal (lib/integrations/fatsecret/sync-planned-meal.ts),
 * so a duplicate event changes nothing. One run per person at a time (two runs for the same person could
 * both see a meal unsynced), and runs are throttled so the whole fleet stays within FatSecret's limits.
 */
export const syncFatSecret = inngest.createFunction(
  {
    id: "sync-fatsecret",
    name: "FatSecret AutoSync",
    triggers: [events.planGenerated, events.fatsecretSyncRequested],
    concurrency: { limit: 1, key: "event.data.userId" },
    throttle: { limit: env.FATSECRET_SYNC_RUNS_PER_MINUTE, period: "1m" },
    retries: 5,
  },
  async ({ event, step }) => {
    const { userId } = event.data;
    const mealPlanId = "mealPlanId" in event.data ? event.data.mealPlanId : undefined;
    const plan = await step.run("plan-sync", () => planDiarySync({ userId, mealPlanId }));
    if (plan.status === "skipped") return plan;

    unwrap(await step.run("remove-stale-entries", () => guarded(userId, () => removeStaleEntries(userId))));
    const results: MealSyncResult[] = [];
    for (const plannedMealId of plan.plannedMealIds) {
      const outcome = await step.run(`sync-meal-${plannedMealId}`, () =>
        guarded(userId, () => syncPlannedMeal(userId, plannedMealId)),
      );
      results.push(unwrap(outcome));
    }
    const summary = await step.run("record-result", () => finishDiarySync(userId, results));
    return { status: "synced", ...summary };
  },
);
