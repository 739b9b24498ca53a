import { z } from "zod";
import { parseInput } from "@/lib/flags/server";
import { SQL_METRICS, type SqlMetric } from "@/lib/metrics/metric-definitions";
import { readMetric } from "@/lib/metrics/read-metric";
import { readPoolUtilisation, type PoolUtilisationReading } from "@/lib/metrics/read-pool-utilisation";

export const CohortComparisonInputSchema = z
  .object({ flagName: z.string().min(1), from: z.date(), to: z.date() })
  .refine((input) => input.from.getTime() < input.to.getTime(), {
    message: "the window must start before it ends",
  });
export type CohortComparisonInput = z.infer<typeof CohortComparisonInputSchema>;

export interface CohortValue {
  value: number | null;
  sampleSize: number;
}

export interface CohortComparisonRow {
  metric: SqlMetric;
  canary: CohortValue;
  rest: CohortValue;
  all: CohortValue;
}

export interface CohortComparison {
  flagName: string;
  from: string;
  to: string;
  rows: CohortComparisonRow[];
  /** System-wide, not per cohort: the database is shared. */
  poolUtilisation: PoolUtilisationReading;
}

/** Every metric for the flag's canary, everyone else, and all activity, side by side over one window. */
export async function getCohortComparison(input: CohortComparisonInput): Promise<CohortComparison> {
  const { flagName, from, to } = parseInput(CohortComparisonInputSchema, input);
  const window = { from, to };
  const rows = await Promise.all(
    SQL_METRICS.map(async (metric): Promise<CohortComparisonRow> => {
      const [canary, rest, all] = await Promise.all([
        readMetric(metric, { cohort: "canary", flagName }, window),
        readMetric(metric, { cohort: "rest", flagName }, window),
        readMetric(metric, { cohort: "all" }, window),
      ]);
      const pick = (reading: CohortValue): CohortValue => ({
        value: reading.value,
        sampleSize: reading.sampleSize,
      });
      return { metric, canary: pick(canary), rest: pick(rest), all: pick(all) };
    }),
  );
  return {
    flagName,
    from: from.toISOString(),
    to: to.toISOString(),
    rows,
    poolUtilisation: await readPoolUtilisation(to),
  };
}
