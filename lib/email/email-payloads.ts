/**
 * What each template needs, validated when a message is enqueued and again when it is rendered: payloads sit
 * in the outbox as JSON, so a row written by an older release must still prove it fits the template.
 * Links are not part of a payload; they are built from `APP_URL` at render time.
 */
import { z } from "zod";

const FirstNameSchema = z.string().trim().min(1).max(80);

const MacrosSchema = z.object({
  kcal: z.number().nonnegative(),
  proteinG: z.number().nonnegative(),
  carbsG: z.number().nonnegative(),
  fatG: z.number().nonnegative(),
});

/** What one planned day adds up to, per person. */
export const PlanDayMacrosSchema = MacrosSchema.extend({ date: z.iso.date() });
export type PlanDayMacros = z.infer<typeof PlanDayMacrosSchema>;

export const MacroTargetsSchema = MacrosSchema.extend({ kcal: z.number().positive() });
export type MacroTargets = z.infer<typeof MacroTargetsSchema>;

export const PlanReadyPayloadSchema = z.object({
  firstName: FirstNameSchema.optional(),
  weekStart: z.iso.date(),
  daysPlanned: z.int().min(1).max(7),
  mealsPlanned: z.int().min(0),
  avgKcal: z.number().nonnegative(),
  targetKcal: z.number().positive(),
  groceryItemCount: z.int().min(0).optional(),
  featuredMeals: z.array(z.string().trim().min(1).max(120)).max(10).optional(),
  // Optional: rows queued before the e-mail showed macros per day must still render.
  days: z.array(PlanDayMacrosSchema).min(1).max(7).optional(),
  targets: MacroTargetsSchema.optional(),
});
export type PlanReadyPayload = z.infer<typeof PlanReadyPayloadSchema>;

export const BetaInvitePayloadSchema = z.object({
  firstName: FirstNameSchema.optional(),
  firstPlanOn: z.iso.date(),
});
export type BetaInvitePayload = z.infer<typeof BetaInvitePayloadSchema>;

export const FullRolloutPayloadSchema = z.object({
  firstName: FirstNameSchema.optional(),
  firstPlanOn: z.iso.date(),
});
export type FullRolloutPayload = z.infer<typeof FullRolloutPayloadSchema>;

export const RollbackAlertPayloadSchema = z.object({
  flagName: z.string().min(1),
  trigger: z.enum(["automatic", "manual"]),
  reason: z.string().trim().min(1).max(500),
  breach: z
    .object({
      rule: z.string().min(1),
      label: z.string().min(1),
      value: z.number(),
      threshold: z.number(),
      unit: z.string(),
      windowSeconds: z.int().min(0),
    })
    .optional(),
  actorLabel: z.string().min(1).optional(),
  occurredAt: z.iso.datetime({ offset: true }),
  isFlagDisabled: z.boolean(),
  removedEnrolments: z.int().min(0),
  cancelledJobs: z.int().min(0),
});
export type RollbackAlertPayload = z.infer<typeof RollbackAlertPayloadSchema>;

export const PasswordResetPayloadSchema = z.object({
  firstName: FirstNameSchema.optional(),
  token: z.string().min(8).max(200),
  expiresInMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
});
export type PasswordResetPayload = z.infer<typeof PasswordResetPayloadSchema>;

/** Template name → payload; the single list every other type in this module is derived from. */
export interface EmailPayloads {
  "plan-ready": PlanReadyPayload;
  "beta-invite": BetaInvitePayload;
  "full-rollout": FullRolloutPayload;
  "rollback-alert": RollbackAlertPayload;
  "password-reset": PasswordResetPayload;
}

export type EmailTemplateName = keyof EmailPayloads;
export type EmailPayload<T extends EmailTemplateName> = EmailPayloads[T];
