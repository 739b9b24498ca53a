/**
 * E-mail through an outbox: `enqueueEmail` records the message (idempotent per key, opt-out applied),
 * `deliverOutboxEmail` renders and sends one row through Resend and records the outcome.
 */
export {
  BetaInvitePayloadSchema,
  FullRolloutPayloadSchema,
  PasswordResetPayloadSchema,
  PlanReadyPayloadSchema,
  RollbackAlertPayloadSchema,
  type BetaInvitePayload,
  type EmailPayload,
  type EmailPayloads,
  type EmailTemplateName,
  type FullRolloutPayload,
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
