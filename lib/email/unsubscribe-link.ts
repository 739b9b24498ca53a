import { appLink } from "@/emails/_components/format";
import { createUnsubscribeToken, deriveUnsubscribeKey } from "@/lib/email/unsubscribe-token";
import { env } from "@/lib/env";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The path e-mails link to; GET confirms, POST (a form, or a mail provider's one-click) unsubscribes. */
export const UNSUBSCRIBE_PATH = "/unsubscribe";

let key: Buffer | undefined;

/**
 * The signing key: `UNSUBSCRIBE_SECRET` when set, else derived from `BETTER_AUTH_SECRET`. HKDF with its own
 * label means a token's signature reveals nothing usable against sessions, and no deployment needs a new
 * secret for links to work.
 */
export function unsubscribeKey(): Buffer {
  key ??= deriveUnsubscribeKey(env.UNSUBSCRIBE_SECRET ?? env.BETTER_AUTH_SECRET);
  return key;
}

export interface UnsubscribeLinkInput {
  userId: string;
  /**
   * When the e-mail was queued. The expiry counts from here, not from the send, so every retry of one outbox
   * row renders the same bytes (Resend refuses a changed body under a reused idempotency key).
   */
  issuedAt: Date;
  appUrl: string;
  ttlDays?: number;
}

/** The signed, expiring link that stops e-mail for one person. */
export function unsubscribeUrlFor(input: UnsubscribeLinkInput): string {
  const ttlDays = input.ttlDays ?? env.UNSUBSCRIBE_TOKEN_TTL_DAYS;
  const token = createUnsubscribeToken(
    { userId: input.userId, expiresAt: new Date(input.issuedAt.getTime() + ttlDays * DAY_MS) },
    unsubscribeKey(),
  );
  return `${appLink(input.appUrl, UNSUBSCRIBE_PATH)}?token=${encodeURIComponent(token)}`;
}

/**
 * RFC 2369 `List-Unsubscribe` with the https link, and RFC 8058's marker that a POST to it unsubscribes
 * without further interaction. There is no mailto form: the product has no mailbox that processes requests.
 */
export function listUnsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${unsubscribeUrl}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
