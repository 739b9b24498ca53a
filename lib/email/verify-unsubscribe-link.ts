import { db } from "@/lib/db";
import { UnsubscribeError } from "@/lib/email/unsubscribe-error";
import { unsubscribeKey } from "@/lib/email/unsubscribe-link";
import { verifyUnsubscribeToken } from "@/lib/email/unsubscribe-token";

export interface VerifyUnsubscribeLinkOptions {
  now?: Date;
}

export interface UnsubscribeTarget {
  userId: string;
  /** `s***@example.com`: enough for the person to recognise the account, little for anyone else. */
  maskedEmail: string;
  isOptedIn: boolean;
}

/**
 * What an unsubscribe link would do, without doing it: the GET behind a link only reads, because mail
 * scanners and link previews fetch links nobody clicked. Throws `UnsubscribeError` for a link we refuse.
 */
export async function verifyUnsubscribeLink(
  token: string,
  options: VerifyUnsubscribeLinkOptions = {},
): Promise<UnsubscribeTarget> {
  const check = verifyUnsubscribeToken(token, unsubscribeKey(), options.now ?? new Date());
  if (!check.isValid) throw new UnsubscribeError(check.reason);
  const user = await db.user.findUnique({
    where: { id: check.userId },
    select: { id: true, email: true, dietaryPreference: { select: { emailOptIn: true } } },
  });
  if (!user) throw new UnsubscribeError("unknown_person");
  return {
    userId: user.id,
    maskedEmail: maskEmail(user.email),
    // No preferences row yet means the schema default, which is opted in.
    isOptedIn: user.dietaryPreference?.emailOptIn ?? true,
  };
}

function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "your account";
  return `${email[0]}***${email.slice(at)}`;
}
