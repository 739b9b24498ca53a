import { db } from "@/lib/db";
import { deliverOutboxEmail } from "@/lib/email";
import { log } from "@/lib/log";
import { ROLLBACK_ALERT_TEMPLATE } from "@/lib/rollouts/send-guard-alerts";

/**
 * Sends the staff alert e-mails still waiting in the outbox. An alert that cannot be sent now stays pending
 * for the next guard run: a mail outage must never hold up the rollback itself.
 */
export async function deliverGuardAlerts(limit = 20): Promise<{ sent: number; failed: number }> {
  const pending = await db.emailOutbox.findMany({
    where: { template: ROLLBACK_ALERT_TEMPLATE, status: "pending" },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  let sent = 0;
  let failed = 0;
  for (const { id } of pending) {
    try {
      const result = await deliverOutboxEmail(id);
      if (result.outcome === "sent") sent += 1;
    } catch (error) {
      failed += 1;
      log.warn({ err: error, outboxId: id }, "rollback alert e-mail not sent yet");
    }
  }
  return { sent, failed };
}
