import { cron } from "inngest";
import { events, inngest } from "@/inngest/client";
import { env } from "@/lib/env";
import {
  actOnGuard,
  deliverGuardAlerts,
  evaluateGuard,
  observeRollouts,
  sampleGuardMetrics,
} from "@/lib/rollouts";

/**
 * The rollout guard (plan §1.4, §6.1): every minute, sample the metrics, judge the sustained-breach rules,
 * act (roll back / disable AutoSync / pause the scheduler), then watch stage gates and auto-advance.
 * One run at a time: two overlapping passes could both act on the same breach. The time of the sample is
 * fixed in the first step's output so retried steps judge the same moment.
 */
export const rolloutGuard = inngest.createFunction(
  {
    id: "rollout-guard",
    name: "Rollout guard",
    triggers: [cron(env.ROLLOUT_GUARD_CRON)],
    concurrency: { limit: 1 },
    retries: 2,
  },
  async ({ step }) => {
    const sampling = await step.run("sample-metrics", () => sampleGuardMetrics());
    const now = new Date(sampling.sampledAt);
    const evaluation = await step.run("evaluate-rules", () => evaluateGuard({ now }));
    const actions = await step.run("act", () => actOnGuard(evaluation, { now }));

    const performed = actions.filter((action) => action.performed);
    if (performed.length > 0) {
      await step.sendEvent("send-guard-tripped", [
        ...performed.map((action) =>
          events.rolloutGuardTripped.create({
            flagName: action.flagName,
            rule: action.rule,
            value: action.value,
          }),
        ),
        // Queued runs of a rolled-back feature are cancelled by Inngest (their `cancelOn`).
        ...performed
          .filter((action) => action.action === "rollback")
          .map((action) => events.flagRolledBack.create({ flagName: action.flagName })),
      ]);
    }
    // Pending alerts from this run or an earlier one whose mail could not go out.
    const alerts = await step.run("deliver-alerts", () => deliverGuardAlerts());
    const observations = await step.run("advance-rollouts", () => observeRollouts({ now }));
    return {
      sampledAt: sampling.sampledAt,
      trips: evaluation.trips.map((trip) => ({ flagName: trip.flagName, rule: trip.rule })),
      actions,
      alerts,
      observations,
    };
  },
);
