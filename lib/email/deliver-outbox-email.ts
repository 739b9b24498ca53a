import type { ErrorResponse, Resend } from "resend";
import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import { EmailDeliveryError } from "@/lib/email/email-delivery-error";
import { renderOutboxEmail, type RenderedOutboxEmail } from "@/lib/email/render-outbox-email";
import { getResendClient } from "@/lib/email/resend-client";
import { env } from "@/lib/env";
import type { EmailOutbox, EmailStatus } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { emailMessagesTotal } from "@/lib/observability/prometheus";
import { SpanKind, markSpanFailed, withSpan } from "@/lib/observability/tracing";

/** Resend answers in well under a second; ten seconds means it is not going to. */
export const DEFAULT_SEND_TIMEOUT_MS = 10_000;
/** After this many failed sends a row is marked `failed` instead of waiting for another retry. */
export const DEFAULT_MAX_ATTEMPTS = 5;

const MAX_ERROR_LENGTH = 300;
// The row lock is held while the request is in flight; the transaction must outlive the request's timeout.
const TRANSACTION_SLACK_MS = 10_000;
const NO_RESPONSE_ERROR_NAME = "no_response";
const TIMEOUT_ERROR_NAME = "timeout";

export interface DeliverOutboxEmailOptions {
  /** Defaults to the process-wide client built from env; tests pass one aimed at a loopback fake. */
  client?: Resend;
  from?: string;
  appUrl?: string;
  timeoutMs?: number;
  maxAttempts?: number;
}

export type DeliveryOutcome =
  /** Sent by this call. */
  | "sent"
  /** Already `sent`/`delivered` earlier; nothing was sent. */
  | "already_sent"
  /** `suppressed`, `failed` or `bounced`: not sendable; nothing was sent. */
  | "not_sendable"
  /** Another worker holds the row right now; it will record the result. */
  | "in_flight";

export interface DeliverOutboxEmailResult {
  id: string;
  outcome: DeliveryOutcome;
  status: EmailStatus;
  providerMessageId: string | null;
}

interface SendFailure {
  message: string;
  isRetryable: boolean;
  providerStatus: number | null;
  providerErrorName: string | null;
}

type LockedAttempt =
  { kind: "done"; result: DeliverOutboxEmailResult } | { kind: "failed"; failure: SendFailure };

/**
 * Sends one pending outbox row through Resend and records the outcome on the row.
 *
 * The row is locked (`FOR UPDATE SKIP LOCKED`) for the duration of the request, so two workers handed the
 * same id cannot both send it; the row's idempotency key also goes to Resend as `Idempotency-Key`, so a
 * retry after a crash or timeout between Resend accepting and our commit collapses into the first message
 * (Resend keeps keys for 24 hours). Failures increment `attempts`, store a one-line `lastError`, and throw
 * an `EmailDeliveryError` whose `isRetryable` tells the caller whether trying again can help.
 */
export async function deliverOutboxEmail(
  id: string,
  options: DeliverOutboxEmailOptions = {},
): Promise<DeliverOutboxEmailResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;

  const attempt = await db.$transaction(
    async (tx): Promise<LockedAttempt> => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM email_outbox WHERE id = ${id} FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) {
        const row = await tx.emailOutbox.findUnique({ where: { id } });
        if (!row) throw new EmailDeliveryError(`No outbox e-mail ${id}.`, notFound(id));
        return { kind: "done", result: resultOf(row, "in_flight") };
      }

      const row = await tx.emailOutbox.findUniqueOrThrow({ where: { id } });
      if (row.status === "sent" || row.status === "delivered") {
        return { kind: "done", result: resultOf(row, "already_sent") };
      }
      if (row.status !== "pending") return { kind: "done", result: resultOf(row, "not_sendable") };

      const outcome = await send(row, {
        client: options.client ?? getResendClient(),
        from: options.from ?? env.EMAIL_FROM,
        appUrl: options.appUrl ?? env.APP_URL,
        timeoutMs,
      });
      return recordAttempt(tx, row, outcome, maxAttempts);
    },
    { maxWait: 5_000, timeout: timeoutMs + TRANSACTION_SLACK_MS },
  );

  if (attempt.kind === "done") return attempt.result;
  const { failure } = attempt;
  log.warn(
    { outboxId: id, isRetryable: failure.isRetryable, providerStatus: failure.providerStatus },
    `e-mail delivery failed: ${failure.message}`,
  );
  throw new EmailDeliveryError(failure.message, { outboxId: id, ...failure });
}

type SendOutcome = { kind: "sent"; providerMessageId: string } | { kind: "failed"; failure: SendFailure };

async function recordAttempt(
  tx: Prisma.TransactionClient,
  row: EmailOutbox,
  outcome: SendOutcome,
  maxAttempts: number,
): Promise<LockedAttempt> {
  const attempts = row.attempts + 1;
  if (outcome.kind === "sent") {
    emailMessagesTotal.inc({ template: row.template, status: "sent" });
    const sent = await tx.emailOutbox.update({
      where: { id: row.id },
      data: {
        status: "sent",
        providerMessageId: outcome.providerMessageId,
        sentAt: new Date(),
        attempts,
        lastError: null,
      },
    });
    return { kind: "done", result: resultOf(sent, "sent") };
  }

  const { failure } = outcome;
  const isGivingUp = !failure.isRetryable || attempts >= maxAttempts;
  emailMessagesTotal.inc({ template: row.template, status: isGivingUp ? "failed" : "retry" });
  await tx.emailOutbox.update({
    where: { id: row.id },
    data: { attempts, lastError: failure.message, status: isGivingUp ? "failed" : "pending" },
  });
  if (isGivingUp && failure.isRetryable) {
    const message = `${failure.message} (gave up after ${attempts} attempts)`;
    return { kind: "failed", failure: { ...failure, message, isRetryable: false } };
  }
  return { kind: "failed", failure };
}

interface SendContext {
  client: Resend;
  from: string;
  appUrl: string;
  timeoutMs: number;
}

async function send(row: EmailOutbox, context: SendContext): Promise<SendOutcome> {
  let rendered: RenderedOutboxEmail;
  try {
    rendered = await renderOutboxEmail(row, { appUrl: context.appUrl });
  } catch (error) {
    // A stored payload that no longer renders will not render on the next attempt either.
    return failed({
      message: `cannot render: ${describeRenderError(error)}`,
      isRetryable: false,
      providerStatus: null,
      providerErrorName: "render_error",
    });
  }

  const signal = AbortSignal.timeout(context.timeoutMs);
  const attributes = {
    "peer.service": "resend",
    "app.operation": "emails.send",
    "email.template": row.template,
  };
  const { data, error } = await withSpan(
    "resend emails.send",
    { kind: SpanKind.CLIENT, attributes },
    async (span) => {
      const answer = await context.client.emails.send(
        {
          from: context.from,
          to: row.toAddress,
          // The stored subject is what the outbox shows staff, so it is also what the person receives.
          subject: row.subject,
          html: rendered.html,
          text: rendered.text,
          headers: rendered.headers,
          tags: [{ name: "template", value: row.template }],
        },
        { idempotencyKey: row.idempotencyKey, signal },
      );
      // The SDK answers failures as a value, not a throw.
      if (answer.error) markSpanFailed(span, new Error(`${answer.error.name}: ${answer.error.message}`));
      return answer;
    },
  );

  if (error) return failed(classify(error, signal.aborted, context.timeoutMs));
  if (!data?.id) {
    return failed({
      message: "Resend accepted the request but returned no message id",
      isRetryable: true,
      providerStatus: null,
      providerErrorName: "malformed_response",
    });
  }
  return { kind: "sent", providerMessageId: data.id };
}

// Resend's names for errors that can clear up by themselves; used when an error body carries no status.
const RETRYABLE_ERROR_NAMES: ReadonlySet<string> = new Set([
  "rate_limit_exceeded",
  "daily_quota_exceeded",
  "concurrent_idempotent_requests",
  "application_error",
  "internal_server_error",
]);

/** 5xx, 429, no answer at all, or a concurrent request under the same key: retry. Other 4xx: never. */
function classify(error: ErrorResponse, isTimedOut: boolean, timeoutMs: number): SendFailure {
  if (isTimedOut) {
    return {
      message: `no answer from Resend within ${timeoutMs} ms`,
      isRetryable: true,
      providerStatus: null,
      providerErrorName: TIMEOUT_ERROR_NAME,
    };
  }
  // The SDK reports a network error, and a 2xx whose body is not JSON, as a null status. Either way Resend
  // may have accepted the message, which the idempotency key makes safe to retry.
  const status: unknown = error.statusCode;
  if (status === null) {
    return {
      message: `no usable answer from Resend: ${error.message}`,
      isRetryable: true,
      providerStatus: null,
      providerErrorName: NO_RESPONSE_ERROR_NAME,
    };
  }
  // A JSON error body is passed through as is, so a body without `statusCode` leaves only the name to go by.
  const providerStatus = typeof status === "number" ? status : null;
  const isRetryable =
    providerStatus === null
      ? RETRYABLE_ERROR_NAMES.has(error.name)
      : providerStatus >= 500 ||
        providerStatus === 429 ||
        (providerStatus === 409 && error.name === "concurrent_idempotent_requests");
  return {
    message: `${providerStatus ?? "error"} ${error.name}: ${error.message}`,
    isRetryable,
    providerStatus,
    providerErrorName: error.name,
  };
}

function failed(failure: SendFailure): SendOutcome {
  return { kind: "failed", failure: { ...failure, message: truncate(failure.message) } };
}

function resultOf(row: EmailOutbox, outcome: DeliveryOutcome): DeliverOutboxEmailResult {
  return { id: row.id, outcome, status: row.status, providerMessageId: row.providerMessageId };
}

function notFound(id: string) {
  return { outboxId: id, isRetryable: false, providerStatus: null, providerErrorName: "not_found" };
}

function describeRenderError(error: unknown): string {
  if (error instanceof z.ZodError) {
    return error.issues.map((issue) => `${issue.path.join(".") || "payload"}: ${issue.message}`).join("; ");
  }
  return error instanceof Error ? error.message : String(error);
}

function truncate(message: string): string {
  const oneLine = message.replace(/\s+/g, " ").trim();
  return oneLine.length <= MAX_ERROR_LENGTH ? oneLine : `${oneLine.slice(0, MAX_ERROR_LENGTH - 1)}…`;
}
