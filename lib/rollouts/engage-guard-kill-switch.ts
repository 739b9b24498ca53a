import { db } from "@/lib/db";
import type { JobType } from "@/lib/generated/prisma/enums";
import { lockFlag, parseInput, writeAudit } from "@/lib/flags/server";
import { cancelPendingJobs } from "@/lib/rollouts/cancel-pending-jobs";
import { GuardEventInputSchema, type GuardEventInput } from "@/lib/rollouts/guard-event-input";
import {
  guardAlertFromEvent,
  sendGuardAlerts,
  type AlertDelivery,
  type AlertOptions,
} from "@/lib/rollouts/send-guard-alerts";

export interface GuardKillSwitch {
  flagName: string;
  description: string;
  action: "disable_autosync" | "pause_scheduler";
  jobTypes: readonly JobType[] | "all";
}

export type GuardActionResult =
  | {
      performed: true;
      action: GuardKillSwitch["action"];
      flagName: string;
      rollbackEventId: string;
      cancelledJobs: number;
      alerts: AlertDelivery;
    }
  | { performed: false; action: GuardKillSwitch["action"]; flagName: string; reason: string };

/**
 * Engages an operational kill switch (creating its flag if the seed did not) and cancels the pending jobs it
 * governs, with a rollback event and audit entry in one transaction, then alerts staff. A switch that is
 * already engaged is left alone — no new event, no new alert — so a breach that lasts many guard runs
 * produces one action, not one a minute.
 */
export async function engageGuardKillSwitch(
  target: GuardKillSwitch,
  input: GuardEventInput,
  options: AlertOptions & { now?: Date } = {},
): Promise<GuardActionResult> {
  const parsed = parseInput(GuardEventInputSchema, input);
  const now = options.now ?? new Date();
  const committed = await db.$transaction(async (tx) => {
    await tx.featureFlag.createMany({
      data: [{ flagName: target.flagName, description: target.description }],
      skipDuplicates: true,
    });
    const before = await lockFlag(tx, target.flagName);
    if (before.killSwitch) return null;
    await tx.featureFlag.update({
      where: { flagName: target.flagName },
      data: { killSwitch: true, killSwitchReason: parsed.reason, version: { increment: 1 } },
    });
    const cancelledJobs = await cancelPendingJobs(tx, target.jobTypes);
    const event = await tx.rollbackEvent.create({
      data: {
        flagName: target.flagName,
        trigger: parsed.trigger,
        action: target.action,
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
    await writeAudit(tx, {
      actor: parsed.actor,
      action: `guard.${target.action}`,
      targetType: "feature_flag",
      targetId: target.flagName,
      before: { killSwitch: false, killSwitchReason: before.killSwitchReason },
      after: { killSwitch: true, killSwitchReason: parsed.reason, cancelledJobs, rollbackEventId: event.id },
      reason: parsed.reason,
    });
    return { event, cancelledJobs };
  });

  if (committed === null) {
    return {
      performed: false,
      action: target.action,
      flagName: target.flagName,
      reason: `the kill switch of "${target.flagName}" is already engaged`,
    };
  }
  const alerts = await sendGuardAlerts(guardAlertFromEvent(committed.event, 0), options);
  return {
    performed: true,
    action: target.action,
    flagName: target.flagName,
    rollbackEventId: committed.event.id,
    cancelledJobs: committed.cancelledJobs,
    alerts,
  };
}
