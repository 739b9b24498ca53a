import {
  DEFAULT_MAX_SAMPLE_GAP_MS,
  evaluateGuardRule,
  type GuardRuleConfig,
  type GuardRuleResult,
  type MetricSample,
} from "@/lib/rollouts/rules";

/**
 * This instance's memory readings and the guard's memory rule over them. Readings are taken when the
 * orchestrator probes /api/health (every 10–30 s in practice), so no timer runs in the app; with the guard's
 * "sustained" semantics a probe gap wider than `maxSampleGapMs` breaks a breach rather than stretching it.
 * Only readings that can still matter are kept, so the memory it holds is bounded by the window.
 */
export class MemoryWatch {
  private samples: MetricSample[] = [];

  constructor(
    private readonly rule: GuardRuleConfig,
    private readonly maxSampleGapMs: number = DEFAULT_MAX_SAMPLE_GAP_MS,
  ) {}

  record(at: Date, value: number): void {
    const keepFromMs = at.getTime() - this.rule.windowMs - 2 * this.maxSampleGapMs;
    this.samples = this.samples.filter((sample) => sample.at.getTime() >= keepFromMs);
    this.samples.push({ at, value });
  }

  judge(now: Date): GuardRuleResult<"memory_utilisation"> {
    return evaluateGuardRule("memory_utilisation", this.rule, this.samples, now, this.maxSampleGapMs);
  }

  get sampleCount(): number {
    return this.samples.length;
  }
}
