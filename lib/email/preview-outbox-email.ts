import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import { renderOutboxEmail } from "@/lib/email/render-outbox-email";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";

const outboxPreviewSelect = {
  id: true,
  userId: true,
  toAddress: true,
  template: true,
  subject: true,
  payload: true,
  status: true,
  attempts: true,
  lastError: true,
  providerMessageId: true,
  createdAt: true,
  sentAt: true,
} satisfies Prisma.EmailOutboxSelect;

export type OutboxPreviewRow = Prisma.EmailOutboxGetPayload<{ select: typeof outboxPreviewSelect }>;

export type OutboxEmailPreview =
  | { isRenderable: true; row: OutboxPreviewRow; html: string; text: string; headers: Record<string, string> }
  | { isRenderable: false; row: OutboxPreviewRow; reason: string };

// Outbox ids are cuids; anything else cannot name a row, and is refused before it reaches the database.
const OutboxIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/, "is not an outbox id");

/**
 * One outbox row rendered exactly as delivery renders it (same `APP_URL`, same unsubscribe link), for the
 * console's preview. The HTML is the template's output, in which React escaped every payload value; it is
 * still served only inside a sandbox (see the preview route). A row whose payload no longer fits its
 * template is reported, not thrown, so staff see why it failed. Throws `AppError` NOT_FOUND.
 */
export async function previewOutboxEmail(id: string): Promise<OutboxEmailPreview> {
  const parsedId = OutboxIdSchema.safeParse(id);
  if (!parsedId.success) throw new AppError("NOT_FOUND", `No outbox e-mail ${JSON.stringify(id)}.`);
  const row = await db.emailOutbox.findUnique({ where: { id: parsedId.data }, select: outboxPreviewSelect });
  if (!row) throw new AppError("NOT_FOUND", `No outbox e-mail ${id}.`);
  try {
    const rendered = await renderOutboxEmail(row, { appUrl: env.APP_URL });
    return { isRenderable: true, row, html: rendered.html, text: rendered.text, headers: rendered.headers };
  } catch (error) {
    const reason =
      error instanceof z.ZodError
        ? error.issues.map((issue) => `${issue.path.join(".") || "payload"}: ${issue.message}`).join("; ")
        : error instanceof Error
          ? error.message
          : String(error);
    return { isRenderable: false, row, reason };
  }
}
