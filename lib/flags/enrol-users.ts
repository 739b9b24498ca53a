import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { ActorSchema } from "@/lib/flags/actor";
import { EnrolmentSourceSchema, FlagNameSchema, UserIdsSchema } from "@/lib/flags/flag-inputs";
import { loadFlagView, type FlagView } from "@/lib/flags/flag-view";
import { bumpFlagVersion, lockFlag } from "@/lib/flags/lock-flag";
import { parseInput } from "@/lib/flags/parse-input";
import { upsertEnrolments } from "@/lib/flags/upsert-enrolments";
import { writeAudit } from "@/lib/flags/write-audit";

export const EnrolUsersInputSchema = z.object({
  flagName: FlagNameSchema,
  userIds: UserIdsSchema,
  /** false records an explicit opt-out, which beats global enablement. */
  enabled: z.boolean().default(true),
  source: EnrolmentSourceSchema.default("manual"),
  actor: ActorSchema,
  reason: z.string().max(500).optional(),
});
export type EnrolUsersInput = z.input<typeof EnrolUsersInputSchema>;

export interface EnrolUsersResult {
  flagName: string;
  enrolledCount: number;
  flag: FlagView;
}

/** Enrols (or opts out) named users; existing enrolments of those users are overwritten. */
export async function enrolUsers(input: EnrolUsersInput, now: Date = new Date()): Promise<EnrolUsersResult> {
  const { flagName, userIds, enabled, source, actor, reason } = parseInput(EnrolUsersInputSchema, input);
  return db.$transaction(async (tx) => {
    await lockFlag(tx, flagName);
    const found = await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true } });
    if (found.length !== userIds.length) {
      const known = new Set(found.map((user) => user.id));
      const missing = userIds.filter((id) => !known.has(id));
      throw new AppError("NOT_FOUND", `No user with id ${missing.slice(0, 10).join(", ")}.`, { missing });
    }
    const enrolledCount = await upsertEnrolments(tx, {
      flagName,
      userIds,
      enabled,
      source,
      enrolledAt: now,
      onConflict: "overwrite",
    });
    await bumpFlagVersion(tx, flagName);
    await writeAudit(tx, {
      actor,
      action: enabled ? "flag.enrol_users" : "flag.opt_out_users",
      targetType: "feature_flag",
      targetId: flagName,
      after: { userIds, enabled, source, enrolledCount },
      reason: reason ?? null,
    });
    const flag = await loadFlagView(tx, flagName);
    if (flag === null) throw new AppError("NOT_FOUND", `There is no feature flag named "${flagName}".`);
    return { flagName, enrolledCount, flag };
  });
}
