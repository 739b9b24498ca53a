import {
  isEmailTemplateName,
  renderStoredEmail,
  EMAIL_TEMPLATES,
  type RenderedEmail,
} from "@/lib/email/render-email";
import { listUnsubscribeHeaders, unsubscribeUrlFor } from "@/lib/email/unsubscribe-link";
import type { EmailOutbox } from "@/lib/generated/prisma/client";

export type OutboxEmailToRender = Pick<EmailOutbox, "template" | "payload" | "userId" | "createdAt">;

export interface RenderedOutboxEmail extends RenderedEmail {
  /** Extra message headers for the provider: `List-Unsubscribe` for user-facing mail to an account. */
  headers: Record<string, string>;
}

/**
 * Exactly what is sent for an outbox row: its template rendered with the current `APP_URL`, and for a
 * user-facing e-mail to an account a signed unsubscribe link in the footer and in the headers. Both delivery
 * and the console's preview call this, so staff see the bytes the person gets. Deterministic per row (the
 * link's expiry counts from `createdAt`), so a retry sends the same body. Throws when the row's template is
 * unknown or its payload no longer fits (`ZodError`).
 */
export async function renderOutboxEmail(
  row: OutboxEmailToRender,
  context: { appUrl: string },
): Promise<RenderedOutboxEmail> {
  if (!isEmailTemplateName(row.template)) throw new Error(`unknown template "${row.template}"`);
  const unsubscribeUrl =
    EMAIL_TEMPLATES[row.template].isUserFacing && row.userId
      ? unsubscribeUrlFor({ userId: row.userId, issuedAt: row.createdAt, appUrl: context.appUrl })
      : undefined;
  const rendered = await renderStoredEmail(row.template, row.payload, {
    appUrl: context.appUrl,
    ...(unsubscribeUrl ? { unsubscribeUrl } : {}),
  });
  return { ...rendered, headers: unsubscribeUrl ? listUnsubscribeHeaders(unsubscribeUrl) : {} };
}
