import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { ActorSchema, lockFlag, parseInput, writeAudit } from "@/lib/flags/server";
import { listCohortCandidates } from "@/lib/flags/server";
import { findOpenRollout } from "@/lib/rollouts/rollout-view";

export const ScheduleCanaryStartInputSchema = z.object({
  flagName: z.string().min(1),
  startAt: z.date(),
  actor: ActorSchema,
});
export type ScheduleCanaryStartInput = z.input<typeof ScheduleCanaryStartInputSchema>;

export interface ScheduleCanaryStartResult {
  rolloutId: string;
  startAt: string;
  /** When the beta invites go out: BETA_INVITE_LEAD_HOURS before the start, or now if that has passed. */
  invitesDueAt: string;
  invitedCount: number;
}

const CHUNK = 10_000;

/**
 * The plan's §8.2 timeline, step one: staff schedule the canary's start; the canary cohort (the same beta
 * testers and active users `startRollout` will enrol) gets the beta invite BETA_INVITE_LEAD_HOURS (48 h)
 * before it, once per person (a rollout_messages row each), queued by `queueRolloutMessages` at the send rate.
 * The guard's communications cron starts the rollout when the time comes.
 */
export async function scheduleCanaryStart(
  input: ScheduleCanaryStartInput,
  now: Date = new Date(),
): Promise<ScheduleCanaryStartResult> {
  const { flagName, startAt, actor } = parseInput(ScheduleCanaryStartInputSchema, input);
  if (startAt.getTime() <= now.getTime()) {
    throw new AppError("BAD_REQUEST", "The canary must be scheduled in the future; start it now instead.");
  }
  const rollout = await findOpenRollout(db, flagName);
  if (rollout === null || rollout.status !== "draft") {
    throw new AppError(
      "CONFLICT",
      `"${flagName}" has no planned rollout waiting to start; create one first.`,
    );
  }
  const firstStage = rollout.stages[0];
  const percentage = firstStage === undefined ? 5 : Number(firstStage.percentage.toString());
  const cohort = await listCohortCandidates(
    { flagName, cohort: "beta_testers", targetPercent: percentage },
    now,
  );
  const dueAt = new Date(Math.max(now.getTime(), startAt.getTime() - env.BETA_INVITE_LEAD_HOURS * 3_600_000));
  const userIds = cohort.candidates.map((candidate) => candidate.id);

  return db.$transaction(
    async (tx) => {
      await lockFlag(tx, flagName);
      await tx.rollout.update({ where: { id: rollout.id }, data: { scheduledStartAt: startAt } });
      let invitedCount = 0;
      for (let i = 0; i < userIds.length; i += CHUNK) {
        invitedCount += await tx.$executeRaw`
          INSERT INTO rollout_messages (id, rollout_id, user_id, kind, due_at)
          SELECT 'rm_' || md5(${rollout.id} || ':beta_invite:' || u), ${rollout.id}, u, 'beta_invite', ${dueAt}
          FROM unnest(${userIds.slice(i, i + CHUNK)}::text[]) u
          ON CONFLICT (rollout_id, user_id, kind) DO NOTHING`;
      }
      await writeAudit(tx, {
        actor,
        action: "rollout.schedule_start",
        targetType: "rollout",
        targetId: rollout.id,
        after: {
          flagName,
          scheduledStartAt: startAt.toISOString(),
          invitesDueAt: dueAt.toISOString(),
          invitedCount,
        },
      });
      return {
        rolloutId: rollout.id,
        startAt: startAt.toISOString(),
        invitesDueAt: dueAt.toISOString(),
        invitedCount,
      };
    },
    { timeout: 60_000 },
  );
}
