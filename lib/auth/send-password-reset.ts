import { createHash } from "node:crypto";
import { deliverOutboxEmail, enqueueEmail } from "@/lib/email";
import { log } from "@/lib/log";

export const RESET_TOKEN_TTL_SECONDS = 60 * 60;

export interface SendPasswordResetInput {
  user: { id: string; email: string; name?: string | null };
  token: string;
}

/**
 * Queues the reset e-mail in the outbox and tries to send it at once. Delivery runs after the answer so the
 * request takes as long for an unknown address as for a known one; a failed attempt stays `pending` in the
 * outbox for the next delivery run.
 */
export async function sendPasswordReset({ user, token }: SendPasswordResetInput): Promise<void> {
  const firstName = user.name?.trim().split(/\s+/)[0]?.slice(0, 80) || undefined;
  const row = await enqueueEmail({
    userId: user.id,
    to: user.email,
    template: "password-reset",
    payload: { firstName, token, expiresInMinutes: RESET_TOKEN_TTL_SECONDS / 60 },
    // The token itself stays out of the key (Resend sees the key as a header).
    idempotencyKey: `password-reset:${user.id}:${createHash("sha256").update(token).digest("hex").slice(0, 32)}`,
  });
  void deliverOutboxEmail(row.id).catch((error: unknown) =>
    log.warn({ err: error, outboxId: row.id }, "password reset e-mail not sent yet; it stays in the outbox"),
  );
}
