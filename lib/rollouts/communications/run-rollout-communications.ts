import { deliverOutboxEmail } from "@/lib/email";
import { log } from "@/lib/log";

/** Sends the rows a pass queued; a row that cannot go out now stays pending in the outbox for a retry. */
export async function deliverRolloutMessages(
  outboxIds: readonly string[],
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const id of outboxIds) {
    try {
      const result = await deliverOutboxEmail(id);
      if (result.outcome === "sent") sent += 1;
    } catch (error) {
      failed += 1;
      log.warn({ err: error, outboxId: id }, "rollout e-mail not sent yet");
    }
  }
  return { sent, failed };
}
