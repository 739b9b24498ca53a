import { z } from "zod";
import { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/**
 * Whose activity a metric is computed over.
 * - `canary`: users the flag is on for, decided as `evaluateFlag` does minus the kill switch: an explicit
 *   enrolment (on or off) first — the plan's `user_id IN (SELECT user_id FROM user_feature_flags …)` — else the
 *   global switch or the percentage bucket (`flag_bucket`, the SQL twin of `bucketFor`). Percentage stages
 *   are not written out as enrolments, so this is how a 25 % stage's people count as canary;
 * - `rest`: activity attributed to any other user;
 * - `all`: every row, including runs with no user (crons, catalogue sync) — the plan's Appendix B health check.
 * Runs without a user belong to neither canary nor rest, so system jobs (the guard itself runs every minute)
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

/** SQL condition placing a user-id expression in the scope's cohort. */
export function userInScope(scope: MetricScope, userIdSql: Prisma.Sql): Prisma.Sql {
  if (scope.cohort === "all") return Prisma.sql`TRUE`;
  const flagName = requireFlag(scope);
  const isCanary = Prisma.sql`COALESCE(
    (SELECT uff.enabled FROM user_feature_flags uff WHERE uff.flag_name = ${flagName} AND uff.user_id = ${userIdSql}),
    (SELECT ff.enabled_globally OR flag_bucket(ff.flag_name, ${userIdSql}) < ROUND(ff.rollout_percentage * 100)
       FROM feature_flags ff WHERE ff.flag_name = ${flagName}),
    FALSE)`;
  if (scope.cohort === "canary") return isCanary;
  return Prisma.sql`(${userIdSql} IS NOT NULL AND NOT ${isCanary})`;
}
