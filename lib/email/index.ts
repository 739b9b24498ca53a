/**
 * E-mail through an outbox: `enqueueEmail` records the message (idempotent per key, opt-out applied),
 * `deliverOutboxEmail` renders and sends one row through Resend and records the outcome.
 */
export {
  BetaInvitePayloadSchema,
  FullRolloutPayloadSchema,
  MacroTargetsSchema,
  PlanDayMacrosSchema,
  PasswordResetPayloadSchema,
  PlanReadyPayloadSchema,
  RollbackAlertPayloadSchema,
  type BetaInvitePayload,
  type EmailPayload,
  type EmailPayloads,
  type EmailTemplateName,
  type FullRolloutPayload,
  type MacroTargets,
  type PlanDayMacros,
  type PasswordResetPayload,
  type PlanReadyPayload,
  type RollbackAlertPayload,
} from "@/lib/email/email-payloads";
export {
  EMAIL_TEMPLATE_NAMES,
  EMAIL_TEMPLATES,
  isEmailTemplateName,
  renderEmail,
  renderStoredEmail,
  type EmailRenderContext,
  type EmailTemplate,
  type RenderedEmail,
} from "@/lib/email/render-email";
export { enqueueEmail, type EnqueueEmailInput } from "@/lib/email/enqueue-email";
export {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_SEND_TIMEOUT_MS,
  deliverOutboxEmail,
  type DeliverOutboxEmailOptions,
  type DeliverOutboxEmailResult,
  type DeliveryOutcome,
} from "@/lib/email/deliver-outbox-email";
export {
  DEFAULT_BATCH_LIMIT,
  deliverPendingEmails,
  type DeliverPendingEmailsOptions,
  type DeliverPendingEmailsResult,
} from "@/lib/email/deliver-pending-emails";
export { EmailDeliveryError, type EmailDeliveryErrorDetails } from "@/lib/email/email-delivery-error";
export { createResendClient, getResendClient, type ResendClientOptions } from "@/lib/email/resend-client";
export {
  renderOutboxEmail,
  type OutboxEmailToRender,
  type RenderedOutboxEmail,
} from "@/lib/email/render-outbox-email";
export {
  listUnsubscribeHeaders,
  UNSUBSCRIBE_PATH,
  unsubscribeKey,
  unsubscribeUrlFor,
  type UnsubscribeLinkInput,
} from "@/lib/email/unsubscribe-link";
export {
  createUnsubscribeToken,
  deriveUnsubscribeKey,
  verifyUnsubscribeToken,
  type UnsubscribeTokenCheck,
  type UnsubscribeTokenClaims,
} from "@/lib/email/unsubscribe-token";
export { UnsubscribeError, type UnsubscribeRefusal } from "@/lib/email/unsubscribe-error";
export {
  verifyUnsubscribeLink,
  type UnsubscribeTarget,
  type VerifyUnsubscribeLinkOptions,
} from "@/lib/email/verify-unsubscribe-link";
export {
  unsubscribeByToken,
  type UnsubscribeByTokenOptions,
  type UnsubscribeByTokenResult,
} from "@/lib/email/unsubscribe-by-token";
export {
  previewOutboxEmail,
  type OutboxEmailPreview,
  type OutboxPreviewRow,
} from "@/lib/email/preview-outbox-email";
