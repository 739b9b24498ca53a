import { render } from "@react-email/components";
import { createElement, type ReactElement } from "react";
import type { z } from "zod";
import { BetaInviteEmail, betaInviteSubject } from "@/emails/beta-invite";
import { FullRolloutEmail, fullRolloutSubject } from "@/emails/full-rollout";
import { PasswordResetEmail, passwordResetSubject } from "@/emails/password-reset";
import { PlanReadyEmail, planReadySubject } from "@/emails/plan-ready";
import { RollbackAlertEmail, rollbackAlertSubject } from "@/emails/rollback-alert";
import {
  BetaInvitePayloadSchema,
  FullRolloutPayloadSchema,
  PasswordResetPayloadSchema,
  PlanReadyPayloadSchema,
  RollbackAlertPayloadSchema,
  type EmailPayloads,
  type EmailTemplateName,
} from "@/lib/email/email-payloads";

/** What rendering adds to a payload; kept out of stored payloads so a changed `APP_URL` applies to retries. */
export interface EmailRenderContext {
  appUrl: string;
  /** A signed one-click link for this recipient; user-facing templates show it in the footer when given. */
  unsubscribeUrl?: string;
}

export interface EmailTemplate<P extends object> {
  schema: z.ZodType<P>;
  subject: (payload: P) => string;
  component: (props: P & EmailRenderContext) => ReactElement;
  /** User-facing e-mail honours the person's opt-out; staff alerts do not. */
  isUserFacing: boolean;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export const EMAIL_TEMPLATES: { [T in EmailTemplateName]: EmailTemplate<EmailPayloads[T]> } = {
  "plan-ready": {
    schema: PlanReadyPayloadSchema,
    subject: planReadySubject,
    component: PlanReadyEmail,
    isUserFacing: true,
  },
  "beta-invite": {
    schema: BetaInvitePayloadSchema,
    subject: betaInviteSubject,
    component: BetaInviteEmail,
    isUserFacing: true,
  },
  "full-rollout": {
    schema: FullRolloutPayloadSchema,
    subject: fullRolloutSubject,
    component: FullRolloutEmail,
    isUserFacing: true,
  },
  "rollback-alert": {
    schema: RollbackAlertPayloadSchema,
    subject: rollbackAlertSubject,
    component: RollbackAlertEmail,
    isUserFacing: false,
  },
  // Account security: sent whatever the person's plan e-mail opt-out says.
  "password-reset": {
    schema: PasswordResetPayloadSchema,
    subject: passwordResetSubject,
    component: PasswordResetEmail,
    isUserFacing: false,
  },
};

export const EMAIL_TEMPLATE_NAMES = Object.keys(EMAIL_TEMPLATES) as EmailTemplateName[];

export function isEmailTemplateName(name: string): name is EmailTemplateName {
  return Object.hasOwn(EMAIL_TEMPLATES, name);
}

/**
 * Subject, HTML and plain-text bodies for one message. The payload is parsed again here (it may come from
 * the outbox, written by an older release), so a payload that no longer fits throws the `ZodError`.
 */
export async function renderEmail<T extends EmailTemplateName>(
  template: T,
  payload: EmailPayloads[T],
  context: EmailRenderContext,
): Promise<RenderedEmail> {
  return renderTemplate(EMAIL_TEMPLATES[template], payload, context);
}

/** `renderEmail` for a payload read back from storage, whose type is not known yet. */
export async function renderStoredEmail<T extends EmailTemplateName>(
  template: T,
  payload: unknown,
  context: EmailRenderContext,
): Promise<RenderedEmail> {
  return renderTemplate(EMAIL_TEMPLATES[template], payload, context);
}

// Layout tables (every react-email Section is one) flatten to paragraphs; a template marks the tables that
// hold data with `data-plain-text="table"` so the plain-text part keeps their rows and columns.
const PLAIN_TEXT_OPTIONS = {
  selectors: [
    {
      selector: 'table[data-plain-text="table"]',
      format: "dataTable",
      options: { uppercaseHeaderCells: false, colSpacing: 3, maxColumnWidth: 40 },
    },
  ],
};

async function renderTemplate<P extends object>(
  definition: EmailTemplate<P>,
  payload: unknown,
  context: EmailRenderContext,
): Promise<RenderedEmail> {
  const parsed = definition.schema.parse(payload);
  const props: P & EmailRenderContext = { ...parsed, ...context };
  const element = createElement(definition.component, props);
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions: PLAIN_TEXT_OPTIONS }),
  ]);
  return { subject: definition.subject(parsed), html, text };
}
