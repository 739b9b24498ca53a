import { z } from "zod";

/**
 * Who `enrolCohort` targets:
 * - `beta_testers`: the plan's canary (Appendix A.2) — beta testers first, topped up with the most recently
 *   active users (signed in within 30 days), capped at ceil(live users × pct / 100);
 * - `active_users`: only the most recently active users, same cap;
 * - `{ manual: [e-mails] }`: exactly these people.
 */
export const CohortSpecSchema = z.union([
  z.literal("beta_testers"),
  z.literal("active_users"),
  z.object({
    manual: z
      .array(z.email({ message: "manual cohorts are lists of e-mail addresses" }))
      .min(1, "a manual cohort needs at least one e-mail address")
      .max(10_000),
  }),
]);

export type CohortSpec = z.infer<typeof CohortSpecSchema>;

/** The enrolment `source` recorded for a cohort, so the console can tell how someone got in. */
export function cohortSource(cohort: CohortSpec): string {
  return typeof cohort === "string" ? cohort : "manual";
}
