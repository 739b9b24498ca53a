import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import type { EmailPayloads, EmailTemplateName } from "@/lib/email/email-payloads";
import { EMAIL_TEMPLATES } from "@/lib/email/render-email";
import { AppError } from "@/lib/errors/app-error";
import type { EmailOutbox } from "@/lib/generated/prisma/client";
import { emailMessagesTotal } from "@/lib/observability/prometheus";

// Resend rejects longer Idempotency-Key headers, and the outbox key is sent as that header.
const MAX_IDEMPOTENCY_KEY_LENGTH = 256;

const EnvelopeSchema = z.object({
  to: z.email(),
  idempotencyKey: z.string().min(1).max(MAX_IDEMPOTENCY_KEY_LENGTH),
});

export interface EnqueueEmailInput<T extends EmailTemplateName> {
  /** The recipient's account, when there is one: its e-mail opt-out applies to user-facing templates. */
  userId?: string;
  to: string;
  template: T;
  payload: EmailPayloads[T];
  /** One message per key, ever: e.g. `plan-ready:<userId>:<weekStart>`. Also Resend's Idempotency-Key. */
  idempotencyKey: string;
}

/**
 * Records one message in the outbox; `deliverOutboxEmail` sends it. Calling again with the same key returns
 * the row already there (whatever its status) without writing, so a retried job step cannot queue twice.
 * A person who turned plan e-mails off gets a `suppressed` row rather than none, so the decision is visible.
 */
export async function enqueueEmail<T extends EmailTemplateName>(
  input: EnqueueEmailInput<T>,
): Promise<EmailOutbox> {
  const template = EMAIL_TEMPLATES[input.template];
  const envelope = EnvelopeSchema.safeParse({ to: input.to, idempotencyKey: input.idempotencyKey });
  if (!envelope.success) throw invalidInput("The recipient or idempotency key is invalid.", envelope.error);
  const payload = template.schema.safeParse(input.payload);
  if (!payload.success)
    throw invalidInput(`The payload does not fit the "${input.template}" e-mail.`, payload.error);
  const { to, idempotencyKey } = envelope.data;

  const existing = await db.emailOutbox.findUnique({ where: { idempotencyKey } });
  if (existing) return existing;

  const isSuppressed =
    template.isUserFacing && input.userId !== undefined && !(await isOptedIn(input.userId));
  try {
    const row = await db.emailOutbox.create({
      data: {
        userId: input.userId,
        toAddress: to,
        template: input.template,
        subject: template.subject(payload.data),
        payload: payload.data,
        status: isSuppressed ? "suppressed" : "pending",
        idempotencyKey,
      },
    });
    if (isSuppressed) emailMessagesTotal.inc({ template: input.template, status: "suppressed" });
    return row;
  } catch (error) {
    // Two callers raced past the lookup above; the loser returns the winner's row.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return db.emailOutbox.findUniqueOrThrow({ where: { idempotencyKey } });
    }
    throw error;
  }
}

async function isOptedIn(userId: string): Promise<boolean> {
  const preference = await db.dietaryPreference.findUnique({
    where: { userId },
    select: { emailOptIn: true },
  });
  // No preferences row yet means the schema default, which is opted in.
  return preference?.emailOptIn ?? true;
}

function invalidInput(message: string, error: z.ZodError): AppError {
  return new AppError(
    "BAD_REQUEST",
    message,
    error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
  );
}
