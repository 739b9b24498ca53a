import { z } from "zod";
import { db } from "@/lib/db";
import { FlagNameSchema, lockFlag, parseInput, writeAudit } from "@/lib/flags/server";
import { cancelPendingJobs, ROLLBACK_JOB_TYPES } from "@/lib/rollouts/cancel-pending-jobs";
import { GuardEventInputSchema } from "@/lib/rollouts/guard-event-input";
import { LIVE_ROLLOUT_STATUSES } from "@/lib/rollouts/rollout-view";
import {
  guardAlertFromEvent,
  sendGuardAlerts,
  type AlertDelivery,
  type AlertOptions,
} from "@/lib/rollouts/send-guard-alerts";

export const RollBackFlagInputSchema = GuardEventInputSchema.extend({ flagName: FlagNameSchema });
export type RollBackFlagInput = z.input<typeof RollBackFlagInputSchema>;

export interface RollbackResult {
  rollbackEventId: string;
  flagName: string;
  rolloutId: string | null;
  removedEnrolments: number;
  cancelledJobs: number;
  rolledBackAt: string;
  alerts: AlertDelivery;
}

/**
 * The runbook's rollback (§3.4 steps 1–2) in one transaction: the flag off for everyone not enrolled
 * (enabled_globally = false, rollout_percentage = 0; the kill switch is left as it is — it is a separate,
 * explicit lever), every enrolment deleted but kept in rollback_removed_enrolments for `restoreEnrolments`, pending
 * WeeklyGeneration/AutoSync jobs cancelled, the rollout marked rolled_back, the event and audit entry written.
 * Staff are alerted after the commit; an alert failure never undoes the rollback.
 */
export async function rollBackFlag(
  input: RollBackFlagInput,
  options: AlertOptions & { now?: Date } = {},
): Promise<RollbackResult> {
  const parsed = parseInput(RollBackFlagInputSchema, input);
  const now = options.now ?? new Date();

  const committed = await db.$transaction(
    async (tx) => {
      const before = await lockFlag(tx, parsed.flagName);
      await tx.featureFlag.update({
        where: { flagName: parsed.flagName },
        data: { enabledGlobally: false, rolloutPercentage: "0", version: { increment: 1 } },
      });
      const cancelledJobs = await cancelPendingJobs(tx, ROLLBACK_JOB_TYPES);

      const rollout = await tx.rollout.findFirst({
        where: { flagName: parsed.flagName, status: { in: [...LIVE_ROLLOUT_STATUSES] } },
        orderBy: { createdAt: "desc" },
        select: { id: true, status: true, currentStageIndex: true },
      });
      if (rollout !== null) {
        await tx.rollout.update({ where: { id: rollout.id }, data: { status: "rolled_back" } });
      }

      const event = await tx.rollbackEvent.create({
        data: {
          flagName: parsed.flagName,
          rolloutId: rollout?.id ?? null,
          trigger: parsed.trigger,
          action: "rollback",
          rule: parsed.rule ?? null,
          metric: parsed.metric ?? null,
          value: parsed.value ?? null,
          threshold: parsed.threshold ?? null,
          windowSeconds: parsed.windowSeconds ?? null,
          reason: parsed.reason,
          actorId: parsed.actor.id,
          cancelledJobs,
          createdAt: now,
        },
      });
      // Set-based and in rows, so 50,000 enrolments never pass through this process or one JSON value.
      const removedCount = await tx.$executeRaw`
        WITH removed AS (
          DELETE FROM user_feature_flags WHERE flag_name = ${parsed.flagName}
          RETURNING user_id, enabled, source, enrolled_at
        )
        INSERT INTO rollback_removed_enrolments (rollback_event_id, user_id, enabled, source, enrolled_at)
        SELECT ${event.id}, user_id, enabled, source, enrolled_at FROM removed`;
      if (removedCount > 0) {
        await tx.rollbackEvent.update({
          where: { id: event.id },
          data: { removedEnrolmentCount: removedCount },
        });
      }
      await writeAudit(tx, {
        actor: parsed.actor,
        action: "flag.rollback",
        targetType: "feature_flag",
        targetId: parsed.flagName,
        before: {
          enabledGlobally: before.enabledGlobally,
          rolloutPercentage: Number(before.rolloutPercentage.toString()),
          killSwitch: before.killSwitch,
          enrolmentCount: removedCount,
          rollout:
            rollout === null
              ? null
              : { id: rollout.id, status: rollout.status, stageIndex: rollout.currentStageIndex },
        },
        after: {
          enabledGlobally: false,
          rolloutPercentage: 0,
          killSwitch: before.killSwitch,
          enrolmentCount: 0,
          rollbackEventId: event.id,
          cancelledJobs,
          rolloutStatus: rollout === null ? null : "rolled_back",
        },
        reason: parsed.reason,
      });
      return { event, removedCount, cancelledJobs, rolloutId: rollout?.id ?? null };
    },
    { timeout: 60_000 },
  );

  const rolledBackAt = committed.event.createdAt.toISOString();
  const alerts = await sendGuardAlerts(guardAlertFromEvent(committed.event, committed.removedCount), options);
  return {
    rollbackEventId: committed.event.id,
    flagName: parsed.flagName,
    rolloutId: committed.rolloutId,
    removedEnrolments: committed.removedCount,
    cancelledJobs: committed.cancelledJobs,
    rolledBackAt,
    alerts,
  };
}
