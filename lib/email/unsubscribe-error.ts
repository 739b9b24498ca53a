import { AppError } from "@/lib/errors/app-error";

export type UnsubscribeRefusal = "malformed" | "bad_signature" | "expired" | "unknown_person";

const MESSAGES: Record<UnsubscribeRefusal, string> = {
  malformed:
    "This unsubscribe link is incomplete or damaged. Copy the whole link from the e-mail, or turn off plan e-mails in your settings.",
  bad_signature:
    "This unsubscribe link is not valid. Copy the whole link from the e-mail, or turn off plan e-mails in your settings.",
  expired:
    "This unsubscribe link has expired. Use the link in a newer e-mail, or turn off plan e-mails in your settings.",
  unknown_person: "The account this link was for no longer exists, so it gets no e-mail from us.",
};

/** A refused unsubscribe link; the message is written for the person who clicked it. */
export class UnsubscribeError extends AppError {
  constructor(readonly reason: UnsubscribeRefusal) {
    super(reason === "unknown_person" ? "NOT_FOUND" : "BAD_REQUEST", MESSAGES[reason], { reason });
    this.name = "UnsubscribeError";
  }
}
