import { db } from "@/lib/db";
import { readMetric, readPoolUtilisation, type MetricCohort } from "@/lib/metrics";
import { guardTiming, type GuardMetric } from "@/lib/rollouts/rollout-config";
import { LIVE_ROLLOUT_STATUSES } from "@/lib/rollouts/rollout-view";

export interface GuardSample {
  metric: GuardMetric;
  cohort: MetricCohort;
  flagName: string | null;
  value: number | null;
}

export interface GuardSampling {
  sampledAt: string;
  /** Flags with a live (active or paused) rollout, whose canary is watched. */
  guardedFlags: string[];
  samples: GuardSample[];
}

export interface SampleGuardMetricsOptions {
  now?: Date;
  /** How far back each sample looks; defaults to GUARD_SAMPLE_SECONDS (the cron interval). */
  sampleMs?: number;
}

/**
 * Takes one reading of every guard metric and stores it in rollout_metric_samples: system-wide ("all") for
 * all four, and canary/rest for each flag under a live rollout for the two rollback metrics. Each reading
 * covers only the last sampling interval, so a spike shows up in as many samples as it lasted — the property
 * the "sustained for N minutes" rules rely on. Writing is idempotent per timestamp (a retried step replaces
 * its own samples), and samples older than GUARD_SAMPLE_RETENTION_DAYS are pruned.
 */
export async function sampleGuardMetrics(options: SampleGuardMetricsOptions = {}): Promise<GuardSampling> {
  const now = options.now ?? new Date();
  const timing = guardTiming();
  const window = { from: new Date(now.getTime() - (options.sampleMs ?? timing.sampleMs)), to: now };

  const rollouts = await db.rollout.findMany({
    where: { status: { in: [...LIVE_ROLLOUT_STATUSES] } },
    select: { flagName: true },
    distinct: ["flagName"],
  });
  const guardedFlags = rollouts.map((rollout) => rollout.flagName).sort();

  // Read the pool before this pass adds its own queries to it.
  const pool = await readPoolUtilisation(now);
  const systemWide = Promise.all([
    readMetric("job_error_rate", { cohort: "all" }, window),
    readMetric("p99_generation_latency", { cohort: "all" }, window),
    readMetric("fatsecret_errors_per_minute", { cohort: "all" }, window),
  ]);
  const perFlag = Promise.all(
    guardedFlags.flatMap((flagName) =>
      (["canary", "rest"] as const).flatMap((cohort) =>
        (["job_error_rate", "p99_generation_latency"] as const).map(async (metric) => {
          const reading = await readMetric(metric, { cohort, flagName }, window);
          return { metric, cohort, flagName, value: reading.value } satisfies GuardSample;
        }),
      ),
    ),
  );
  const [system, flags] = await Promise.all([systemWide, perFlag]);
  const samples: GuardSample[] = [
    ...system.map((reading) => ({
      metric: reading.metric,
      cohort: "all" as const,
      flagName: null,
      value: reading.value,
    })),
    { metric: "db_pool_utilisation", cohort: "all", flagName: null, value: pool.value },
    ...flags,
  ];

  await db.$transaction([
    db.metricSample.deleteMany({ where: { sampledAt: now } }),
    db.metricSample.createMany({ data: samples.map((sample) => ({ ...sample, sampledAt: now })) }),
    db.metricSample.deleteMany({
      where: { sampledAt: { lt: new Date(now.getTime() - timing.retentionMs) } },
    }),
  ]);
  return { sampledAt: now.toISOString(), guardedFlags, samples };
}
