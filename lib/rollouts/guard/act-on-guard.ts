import { db } from "@/lib/db";
import type { GuardAction, GuardRuleKey } from "@/lib/rollouts/rules";
import { ROLLOUT_GUARD_ACTOR } from "@/lib/flags/server";
import { disableAutosync } from "@/lib/rollouts/disable-autosync";
import type { GuardEvaluation, GuardRuleOutcome } from "@/lib/rollouts/guard/evaluate-guard";
import { pauseScheduler } from "@/lib/rollouts/pause-scheduler";
import { rollBackFlag } from "@/lib/rollouts/roll-back-flag";
import { LIVE_ROLLOUT_STATUSES } from "@/lib/rollouts/rollout-view";
import type { AlertOptions } from "@/lib/rollouts/send-guard-alerts";

export interface GuardActionTaken {
  action: GuardAction;
  flagName: string;
  rule: GuardRuleKey;
  value: number | null;
  /** false when there was nothing left to do (already rolled back, switch already engaged). */
  performed: boolean;
  rollbackEventId: string | null;
  detail: string;
}

function describe(trip: GuardRuleOutcome): string {
  const scope = trip.flagName === null ? "system-wide" : `canary of ${trip.flagName}`;
  const value =
    trip.latestValue === null ? "no value" : `${Number(trip.latestValue.toFixed(2))} ${trip.unit}`;
  return `${trip.label} ${value} > ${trip.threshold} ${trip.unit} sustained for ${trip.windowSeconds} s (${scope})`;
}

function eventFields(trip: GuardRuleOutcome, reason: string) {
  return {
    trigger: "automatic" as const,
    reason,
    actor: ROLLOUT_GUARD_ACTOR,
    rule: trip.rule,
    metric: trip.metric,
    value: trip.latestValue,
    threshold: trip.threshold,
    windowSeconds: trip.windowSeconds,
  };
}

/**
 * The event this very guard pass already wrote, if any: events are stamped with the pass's time, so a retried
 * `act` step recognises its own earlier work and reports it instead of losing it.
 */
async function eventOfThisPass(flagName: string, action: GuardAction, now: Date): Promise<string | null> {
  const event = await db.rollbackEvent.findFirst({
    where: { flagName, action, trigger: "automatic", createdAt: now },
    select: { id: true },
  });
  return event?.id ?? null;
}

/**
 * Carries out what tripped rules demand: a rollback per flag (one, however many of its rules tripped; the
 * reason names them all), the AutoSync kill switch, the scheduler kill switch. A flag whose rollout stopped
 * being live since the evaluation (a colleague rolled it back meanwhile) is skipped.
 */
export async function actOnGuard(
  evaluation: GuardEvaluation,
  options: AlertOptions & { now?: Date } = {},
): Promise<GuardActionTaken[]> {
  const now = options.now ?? new Date(evaluation.evaluatedAt);
  const taken: GuardActionTaken[] = [];

  const rollbackTrips = new Map<string, GuardRuleOutcome[]>();
  for (const trip of evaluation.trips) {
    if (trip.action !== "rollback" || trip.flagName === null) continue;
    rollbackTrips.set(trip.flagName, [...(rollbackTrips.get(trip.flagName) ?? []), trip]);
  }
  for (const [flagName, trips] of rollbackTrips) {
    const first = trips[0];
    if (first === undefined) continue;
    const isLive =
      (await db.rollout.count({ where: { flagName, status: { in: [...LIVE_ROLLOUT_STATUSES] } } })) > 0;
    if (!isLive) {
      const earlier = await eventOfThisPass(flagName, "rollback", now);
      taken.push({
        action: "rollback",
        flagName,
        rule: first.rule,
        value: first.latestValue,
        performed: earlier !== null,
        rollbackEventId: earlier,
        detail: earlier === null ? "no live rollout any more" : "rolled back earlier in this pass",
      });
      continue;
    }
    const reason = trips.map(describe).join("; ");
    const result = await rollBackFlag({ flagName, ...eventFields(first, reason) }, { ...options, now });
    taken.push({
      action: "rollback",
      flagName,
      rule: first.rule,
      value: first.latestValue,
      performed: true,
      rollbackEventId: result.rollbackEventId,
      detail: reason,
    });
  }

  for (const trip of evaluation.trips) {
    if (trip.action === "rollback") continue;
    const act = trip.action === "disable_autosync" ? disableAutosync : pauseScheduler;
    const reason = describe(trip);
    const result = await act(eventFields(trip, reason), { ...options, now });
    const earlier = result.performed ? null : await eventOfThisPass(result.flagName, trip.action, now);
    taken.push({
      action: trip.action,
      flagName: result.flagName,
      rule: trip.rule,
      value: trip.latestValue,
      performed: result.performed || earlier !== null,
      rollbackEventId: result.performed ? result.rollbackEventId : earlier,
      detail: result.performed ? reason : earlier !== null ? "done earlier in this pass" : result.reason,
    });
  }
  return taken;
}
