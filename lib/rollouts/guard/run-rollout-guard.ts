import { actOnGuard, type GuardActionTaken } from "@/lib/rollouts/guard/act-on-guard";
import { evaluateGuard, type GuardEvaluation } from "@/lib/rollouts/guard/evaluate-guard";
import { observeRollouts, type RolloutObservation } from "@/lib/rollouts/guard/observe-rollouts";
import { sampleGuardMetrics, type GuardSampling } from "@/lib/rollouts/guard/sample-guard-metrics";
import type { AlertOptions } from "@/lib/rollouts/send-guard-alerts";

export interface GuardRun {
  sampling: GuardSampling;
  evaluation: GuardEvaluation;
  actions: GuardActionTaken[];
  observations: RolloutObservation[];
}

/**
 * One whole guard pass at `now`: sample, evaluate, act, then watch gates and auto-advance. The Inngest
 * function runs the same four calls as separate steps; this is for tests and operator scripts.
 */
export async function runRolloutGuard(
  options: AlertOptions & { now?: Date; sampleMs?: number } = {},
): Promise<GuardRun> {
  const now = options.now ?? new Date();
  const sampling = await sampleGuardMetrics({
    now,
    ...(options.sampleMs === undefined ? {} : { sampleMs: options.sampleMs }),
  });
  const evaluation = await evaluateGuard({ now });
  const actions = await actOnGuard(evaluation, { ...options, now });
  const observations = await observeRollouts({ now });
  return { sampling, evaluation, actions, observations };
}
