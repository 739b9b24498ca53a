"use server";
import { events } from "@/inngest/client";
import { sendEventsIfPossible } from "@/inngest/send-events";
/**
 * Console mutations. Each is a staff-only safe action: the input is validated by its zod schema, the session
 * is checked by `staffAction`, and the lib function writes the change and its audit entry in one transaction.
 */
import { z } from "zod";
import { staffAction } from "@/lib/auth/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import {
  enrolCohort,
  engageKillSwitch,
  releaseKillSwitch,
  removeEnrolments,
  setFlagGlobal,
  setRolloutPercentage,
} from "@/lib/flags/server";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import {
  advanceRollout,
  createRollout,
  deliverGuardAlerts,
  pauseRollout,
  restoreEnrolments,
  resumeRollout,
  rollBackFlag,
  startRollout,
} from "@/lib/rollouts";

const flagName = z.string().trim().min(1, "Choose a flag.").max(100);
const reason = z.string().trim().min(3, "Give a reason of at least 3 characters.").max(500);
const optionalReason = z.string().trim().max(500).optional();
const emailList = z
  .string()
  .transform((text) => text.split(/[\s,;]+/).filter(Boolean))
  .pipe(
    z
      .array(z.email("Each entry must be an e-mail address."))
      .min(1, "Give at least one e-mail address.")
      .max(500),
  );

const actorOf = (user: SessionUser) => ({ id: user.id, label: user.email });

export const setFlagGlobalAction = staffAction
  .inputSchema(z.object({ flagName, enabled: z.boolean(), reason: optionalReason }))
  .action(async ({ parsedInput, ctx }) => setFlagGlobal({ ...parsedInput, actor: actorOf(ctx.user) }));

export const setRolloutPercentageAction = staffAction
  .inputSchema(z.object({ flagName, percentage: z.number().min(0).max(100), reason: optionalReason }))
  .action(async ({ parsedInput, ctx }) => setRolloutPercentage({ ...parsedInput, actor: actorOf(ctx.user) }));

export const engageKillSwitchAction = staffAction
  .inputSchema(z.object({ flagName, reason }))
  .action(async ({ parsedInput, ctx }) => engageKillSwitch({ ...parsedInput, actor: actorOf(ctx.user) }));

export const releaseKillSwitchAction = staffAction
  .inputSchema(z.object({ flagName, reason: optionalReason }))
  .action(async ({ parsedInput, ctx }) => releaseKillSwitch({ ...parsedInput, actor: actorOf(ctx.user) }));

export const enrolCohortAction = staffAction
  .inputSchema(
    z.object({
      flagName,
      cohort: z.enum(["beta_testers", "active_users"]),
      targetPercent: z.number().min(0.01).max(100),
      reason: optionalReason,
    }),
  )
  .action(async ({ parsedInput, ctx }) => enrolCohort({ ...parsedInput, actor: actorOf(ctx.user) }));

export const enrolEmailsAction = staffAction
  .inputSchema(z.object({ flagName, emails: emailList, reason: optionalReason }))
  .action(async ({ parsedInput, ctx }) =>
    enrolCohort({
      flagName: parsedInput.flagName,
      cohort: { manual: parsedInput.emails },
      targetPercent: 100,
      actor: actorOf(ctx.user),
      reason: parsedInput.reason,
    }),
  );

export const removeEmailsAction = staffAction
  .inputSchema(z.object({ flagName, emails: emailList, reason: optionalReason }))
  .action(async ({ parsedInput, ctx }) => {
    const users = await db.user.findMany({
      where: { email: { in: parsedInput.emails.map((e) => e.toLowerCase()) } },
      select: { id: true, email: true },
    });
    const missing = parsedInput.emails.filter((e) => !users.some((u) => u.email === e.toLowerCase()));
    if (missing.length) throw new AppError("NOT_FOUND", `No user with e-mail ${missing.join(", ")}.`);
    return removeEnrolments({
      flagName: parsedInput.flagName,
      userIds: users.map((u) => u.id),
      actor: actorOf(ctx.user),
      reason: parsedInput.reason,
    });
  });

export const createRolloutAction = staffAction
  .inputSchema(z.object({ flagName, autoAdvance: z.boolean() }))
  .action(async ({ parsedInput, ctx }) => createRollout({ ...parsedInput, actor: actorOf(ctx.user) }));

export const startRolloutAction = staffAction
  .inputSchema(z.object({ flagName }))
  .action(async ({ parsedInput, ctx }) => startRollout({ ...parsedInput, actor: actorOf(ctx.user) }));

export const advanceRolloutAction = staffAction
  .inputSchema(z.object({ flagName }))
  .action(async ({ parsedInput, ctx }) => advanceRollout({ ...parsedInput, actor: actorOf(ctx.user) }));

export const pauseRolloutAction = staffAction
  .inputSchema(z.object({ flagName, reason: optionalReason }))
  .action(async ({ parsedInput, ctx }) => pauseRollout({ ...parsedInput, actor: actorOf(ctx.user) }));

export const resumeRolloutAction = staffAction
  .inputSchema(z.object({ flagName, reason: optionalReason }))
  .action(async ({ parsedInput, ctx }) => resumeRollout({ ...parsedInput, actor: actorOf(ctx.user) }));

export const rollBackFlagAction = staffAction
  .inputSchema(z.object({ flagName, reason }))
  .action(async ({ parsedInput, ctx }) => {
    const result = await rollBackFlag({ ...parsedInput, trigger: "manual", actor: actorOf(ctx.user) });
    // Queued runs of the feature are cancelled where Inngest runs; pending jobs are already cancelled.
    await sendEventsIfPossible(events.flagRolledBack.create({ flagName: parsedInput.flagName }));
    // Best effort: an alert that cannot go out now stays pending for the guard's next run.
    await deliverGuardAlerts();
    return result;
  });

export const restoreEnrolmentsAction = staffAction
  .inputSchema(z.object({ rollbackEventId: z.string().min(1), reason: optionalReason }))
  .action(async ({ parsedInput, ctx }) => restoreEnrolments({ ...parsedInput, actor: actorOf(ctx.user) }));
