import { db } from "@/lib/db";
import { ROLLOUT_GUARD_ACTOR } from "@/lib/flags/server";
import { log } from "@/lib/log";
import { startRollout } from "@/lib/rollouts/start-rollout";

/** Starts the canary of every planned rollout whose scheduled start has come (see `scheduleCanaryStart`). */
export async function startScheduledRollouts(now: Date = new Date()): Promise<string[]> {
  const due = await db.rollout.findMany({
    where: { status: "draft", scheduledStartAt: { lte: now } },
    select: { flagName: true },
  });
  const started: string[] = [];
  for (const { flagName } of due) {
    try {
      await startRollout({ flagName, actor: ROLLOUT_GUARD_ACTOR }, now);
      started.push(flagName);
    } catch (error) {
      log.error({ err: error, flagName }, "scheduled canary start failed");
    }
  }
  return started;
}
