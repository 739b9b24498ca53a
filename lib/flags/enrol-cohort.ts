import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { ActorSchema, type Actor } from "@/lib/flags/actor";
import { CohortSpecSchema, cohortSource, type CohortSpec } from "@/lib/flags/cohort-spec";
import { FlagNameSchema, RolloutPercentageSchema } from "@/lib/flags/flag-inputs";
import { bumpFlagVersion, lockFlag } from "@/lib/flags/lock-flag";
import { parseInput } from "@/lib/flags/parse-input";
import { resolveCohort } from "@/lib/flags/resolve-cohort";
import { upsertEnrolments } from "@/lib/flags/upsert-enrolments";
import { writeAudit } from "@/lib/flags/write-audit";

export const EnrolCohortInputSchema = z.object({
  flagName: FlagNameSchema,
  cohort: CohortSpecSchema,
  /** Share of live users to aim for; ignored by manual cohorts, whose target is the list itself. */
  targetPercent: RolloutPercentageSchema.default(5),
  actor: ActorSchema,
  reason: z.string().max(500).optional(),
});
export type EnrolCohortInput = z.input<typeof EnrolCohortInputSchema>;

/** The plan's Appendix A.2 report: enrolled_count, target_count, pct_of_target. */
export interface EnrolCohortResult {
  flagName: string;
  cohort: CohortSpec;
  enrolledCount: number;
  targetCount: number;
  pctOfTarget: number;
  userIds: string[];
}

const AUDIT_SAMPLE_SIZE = 20;

interface CohortWrite {
  flagName: string;
  cohort: CohortSpec;
  targetPercent: number;
  actor: Actor;
  reason?: string | null;
  source?: string;
}

/**
 * Enrols a cohort inside the caller's transaction (a rollout's first stage does this together with its other
 * changes). Already-enrolled users are switched on and restamped, as the plan's script does.
 */
export async function enrolCohortInTransaction(
  tx: Prisma.TransactionClient,
  write: CohortWrite,
  now: Date,
): Promise<EnrolCohortResult> {
  await lockFlag(tx, write.flagName);
  const resolved = await resolveCohort(tx, write.flagName, write.cohort, write.targetPercent, now);
  if (resolved.notFound.length > 0) {
    throw new AppError(
      "NOT_FOUND",
      `No user has the e-mail address ${resolved.notFound.slice(0, 10).join(", ")}; nobody was enrolled.`,
      { notFound: resolved.notFound },
    );
  }
  const userIds = resolved.selected.map((candidate) => candidate.id);
  await upsertEnrolments(tx, {
    flagName: write.flagName,
    userIds,
    enabled: true,
    source: write.source ?? cohortSource(write.cohort),
    enrolledAt: now,
    onConflict: "enable",
  });
  await bumpFlagVersion(tx, write.flagName);
  const result: EnrolCohortResult = {
    flagName: write.flagName,
    cohort: write.cohort,
    enrolledCount: userIds.length,
    targetCount: resolved.targetCount,
    pctOfTarget: resolved.pctOfTarget,
    userIds,
  };
  await writeAudit(tx, {
    actor: write.actor,
    action: "flag.enrol_cohort",
    targetType: "feature_flag",
    targetId: write.flagName,
    // Counts and a short sample, not every id: a 5 % cohort of a million people is 50,000 ids.
    after: {
      cohort: result.cohort,
      enrolledCount: result.enrolledCount,
      targetCount: result.targetCount,
      pctOfTarget: result.pctOfTarget,
      targetPercent: write.targetPercent,
      sampleUserIds: userIds.slice(0, AUDIT_SAMPLE_SIZE),
    },
    reason: write.reason ?? null,
  });
  return result;
}

/** Enrols a cohort (beta testers, active users or a list of e-mails) and reports it against its target. */
export async function enrolCohort(
  input: EnrolCohortInput,
  now: Date = new Date(),
): Promise<EnrolCohortResult> {
  const parsed = parseInput(EnrolCohortInputSchema, input);
  return db.$transaction((tx) => enrolCohortInTransaction(tx, parsed, now), { timeout: 30_000 });
}
