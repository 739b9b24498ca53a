import { db } from "@/lib/db";
import {
  deliverOutboxEmail,
  type DeliverOutboxEmailOptions,
  type DeliverOutboxEmailResult,
} from "@/lib/email/deliver-outbox-email";
import { EmailDeliveryError } from "@/lib/email/email-delivery-error";

export const DEFAULT_BATCH_LIMIT = 50;

export interface DeliverPendingEmailsOptions extends DeliverOutboxEmailOptions {
  limit?: number;
}

export interface DeliverPendingEmailsResult {
  results: DeliverOutboxEmailResult[];
  failed: EmailDeliveryError[];
  /** True when Resend said 429 and the rest of the batch was left for the next run. */
  isRateLimited: boolean;
}

/**
 * Sends the oldest pending rows one at a time, e.g. from a sweeper cron that picks up rows whose own send
 * never ran. One row's failure is recorded and the batch goes on, except on a 429: every further request
 * would be refused too, so the batch stops and leaves the rest pending.
 */
export async function deliverPendingEmails(
  options: DeliverPendingEmailsOptions = {},
): Promise<DeliverPendingEmailsResult> {
  const { limit = DEFAULT_BATCH_LIMIT, ...deliverOptions } = options;
  const pending = await db.emailOutbox.findMany({
    where: { status: "pending" },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });

  const result: DeliverPendingEmailsResult = { results: [], failed: [], isRateLimited: false };
  for (const { id } of pending) {
    try {
      result.results.push(await deliverOutboxEmail(id, deliverOptions));
    } catch (error) {
      if (!(error instanceof EmailDeliveryError)) throw error;
      result.failed.push(error);
      if (error.providerStatus === 429) {
        result.isRateLimited = true;
        break;
      }
    }
  }
  return result;
}
