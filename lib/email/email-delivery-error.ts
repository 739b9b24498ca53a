import { AppError } from "@/lib/errors/app-error";

export interface EmailDeliveryErrorDetails {
  outboxId: string;
  /** True when the same row may succeed later (5xx, 429, network, timeout); false when it never will. */
  isRetryable: boolean;
  /** HTTP status Resend answered with; null when no answer arrived (network error, timeout). */
  providerStatus: number | null;
  /** Resend's error name (`validation_error`, `rate_limit_exceeded`…), or our own for local failures. */
  providerErrorName: string | null;
}

/**
 * A send that did not go through. Callers branch on `isRetryable`: an Inngest step rethrows it as is
 * (the engine retries with backoff) or wraps it in `NonRetriableError`.
 */
export class EmailDeliveryError extends AppError {
  readonly outboxId: string;
  readonly isRetryable: boolean;
  readonly providerStatus: number | null;
  readonly providerErrorName: string | null;

  constructor(message: string, details: EmailDeliveryErrorDetails) {
    super(
      details.providerStatus === 429 ? "RATE_LIMITED" : details.isRetryable ? "UNAVAILABLE" : "BAD_REQUEST",
      message,
      details,
    );
    this.name = "EmailDeliveryError";
    this.outboxId = details.outboxId;
    this.isRetryable = details.isRetryable;
    this.providerStatus = details.providerStatus;
    this.providerErrorName = details.providerErrorName;
  }
}
