import { z } from "zod";
import { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/**
 * Whose activity a metric is computed over.
 * - `canary`: rows whose person had the flag on when the row was written. Each row of job_executions,
 *   email_outbox and fatsecret_api_errors records that in `cohort_flags` (a database trigger, decided as
 *   `evaluateFlag` does minus the kill switch: an explicit enrolment first — the plan's `user_id IN (SELECT
 *   user_id FROM user_feature_flags …)` — else the global switch or the percentage bucket). So a 25 % stage's
 *   people count as canary without enrolment rows, and after a rollback the canary's history stays the canary's;
 * - `rest`: rows of any other person;
 * - `all`: every row, including runs with no person (crons, catalogue sync) — the plan's Appendix B health check.
 * Rows without a person belong to neither canary nor rest, so system jobs (the guard itself runs every minute)
 * do not dilute the comparison.
 */
export const METRIC_COHORTS = ["canary", "rest", "all"] as const;
export type MetricCohort = (typeof METRIC_COHORTS)[number];

export const MetricScopeSchema = z
  .object({
    cohort: z.enum(METRIC_COHORTS),
    flagName: z.string().min(1).optional(),
  })
  .refine((scope) => scope.cohort === "all" || scope.flagName !== undefined, {
    message: "the canary and rest cohorts are defined by a flag: give flagName",
  });
export type MetricScope = z.infer<typeof MetricScopeSchema>;

export const MetricWindowSchema = z
  .object({ from: z.date(), to: z.date() })
  .refine((window) => window.from.getTime() < window.to.getTime(), {
    message: "the window must start before it ends",
  });
export type MetricWindow = z.infer<typeof MetricWindowSchema>;

function requireFlag(scope: MetricScope): string {
  if (scope.flagName === undefined) {
    throw new AppError("BAD_REQUEST", `The ${scope.cohort} cohort is defined by a flag: give flagName.`);
  }
  return scope.flagName;
}

/** SQL condition placing a row in the scope's cohort, given the row's `cohort_flags` column. */
export function inCohort(scope: MetricScope, cohortFlagsSql: Prisma.Sql): Prisma.Sql {
  if (scope.cohort === "all") return Prisma.sql`TRUE`;
  const flagName = requireFlag(scope);
  if (scope.cohort === "canary") return Prisma.sql`(${flagName} = ANY(${cohortFlagsSql}))`;
  // NULL cohort_flags is a row without a person: in neither cohort.
  return Prisma.sql`(${cohortFlagsSql} IS NOT NULL AND NOT (${flagName} = ANY(${cohortFlagsSql})))`;
}
