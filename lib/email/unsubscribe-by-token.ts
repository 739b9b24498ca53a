import { db } from "@/lib/db";
import { verifyUnsubscribeLink } from "@/lib/email/verify-unsubscribe-link";
import { log } from "@/lib/log";

export interface UnsubscribeByTokenOptions {
  now?: Date;
}

export interface UnsubscribeByTokenResult {
  userId: string;
  maskedEmail: string;
  /** False when the person had already opted out: the call changed nothing. */
  hasChanged: boolean;
}

/**
 * Turns off e-mail for the person an unsubscribe link names (`dietary_preferences.email_opt_in = false`,
 * which every user-facing template honours at enqueue time). Idempotent: a second click, or the mail
 * provider's one-click POST after the person's own, succeeds and changes nothing. Throws `UnsubscribeError`
 * for a malformed, forged or expired link, or one whose account is gone.
 */
export async function unsubscribeByToken(
  token: string,
  options: UnsubscribeByTokenOptions = {},
): Promise<UnsubscribeByTokenResult> {
  const target = await verifyUnsubscribeLink(token, options);
  if (!target.isOptedIn) return { userId: target.userId, maskedEmail: target.maskedEmail, hasChanged: false };
  // Upsert: a person who never saved preferences has no row yet, and the rest of the row keeps its defaults.
  await db.dietaryPreference.upsert({
    where: { userId: target.userId },
    create: { userId: target.userId, emailOptIn: false },
    update: { emailOptIn: false },
  });
  log.info({ userId: target.userId }, "unsubscribed from e-mail through an unsubscribe link");
  return { userId: target.userId, maskedEmail: target.maskedEmail, hasChanged: true };
}
