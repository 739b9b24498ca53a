import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import {
  deliverRolloutMessages,
  queueRolloutMessages,
  startScheduledRollouts,
} from "@/lib/rollouts/communications";

/**
 * The rollout plan's timeline (§8.2), once a minute: start canaries whose scheduled time has come, queue the
 * due beta invites and full-rollout e-mails (at most ROLLOUT_EMAILS_PER_MINUTE a pass: the send-rate limit),
 * and send what was queued. One run at a time, so two passes never pick the same batch.
 */
export const rolloutCommunications = inngest.createFunction(
  {
    id: "rollout-communications",
    name: "Rollout communications",
    triggers: [cron("* * * * *")],
    concurrency: { limit: 1 },
    retries: 2,
  },
  async ({ step }) => {
    const started = await step.run("start-scheduled-rollouts", () => startScheduledRollouts());
    const queued = await step.run("queue-messages", () => queueRolloutMessages());
    const delivered = await step.run("deliver-messages", () => deliverRolloutMessages(queued.outboxIds));
    return {
      started,
      queued: { betaInvites: queued.betaInvites, fullRollout: queued.fullRollout },
      delivered,
    };
  },
);
