import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export interface QueuedMessages {
  betaInvites: number;
  fullRollout: number;
  /** Outbox rows written this pass, for the caller to deliver. */
  outboxIds: string[];
}

type EmailKind = "beta_invite" | "full_rollout";
const TEMPLATE: Record<EmailKind, "beta-invite" | "full-rollout"> = {
  beta_invite: "beta-invite",
  full_rollout: "full-rollout",
};

/** The day the next plan arrives for a person who has the feature: the next Friday (the default plan day). */
function firstPlanOn(now: Date): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const daysToFriday = (5 - day.getUTCDay() + 7) % 7 || 7;
  return new Date(day.getTime() + daysToFriday * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Creates the next batch of full-rollout messages: everyone enabled (live, not opted out of the flag) once the
 * rollout has reached 100 %, walked in user-id order from the last one written, so a million people are
 * covered in batches without an anti-join over the whole table.
 */
async function addFullRolloutBatch(limit: number): Promise<void> {
  const rollouts = await db.$queryRaw<{ id: string; flag_name: string; entered_at: Date }[]>`
    SELECT r.id, r.flag_name, s.entered_at
    FROM rollouts r JOIN rollout_stages s ON s.rollout_id = r.id AND s.position = r.current_stage_index
    WHERE r.status IN ('active', 'paused', 'completed') AND s.percentage >= 100 AND s.entered_at IS NOT NULL`;
  for (const rollout of rollouts) {
    const [last] = await db.$queryRaw<{ user_id: string | null }[]>`
      SELECT max(user_id) AS user_id FROM rollout_messages
      WHERE rollout_id = ${rollout.id} AND kind = 'full_rollout'`;
    await db.$executeRaw`
      INSERT INTO rollout_messages (id, rollout_id, user_id, kind, due_at)
      SELECT 'rm_' || md5(${rollout.id} || ':full_rollout:' || u.id), ${rollout.id}, u.id, 'full_rollout',
             ${rollout.entered_at}
      FROM users u
      WHERE u.deleted_at IS NULL AND u.id > ${last?.user_id ?? ""}
        AND NOT EXISTS (SELECT 1 FROM user_feature_flags o
                        WHERE o.user_id = u.id AND o.flag_name = ${rollout.flag_name} AND o.enabled = false)
      ORDER BY u.id
      LIMIT ${limit}
      ON CONFLICT (rollout_id, user_id, kind) DO NOTHING`;
  }
}

/**
 * One pass of the plan's communications: puts at most ROLLOUT_EMAILS_PER_MINUTE due beta invites and
 * full-rollout e-mails into the outbox (run once a minute, that is the send-rate limit). Each person gets each
 * message once: the rollout_messages row is written first and marked queued with its outbox row; the outbox
 * key is per rollout, kind and person, so a retried pass cannot queue twice. Opt-outs are applied by the
 * outbox (a suppressed row).
 */
export async function queueRolloutMessages(
  options: { now?: Date; limit?: number } = {},
): Promise<QueuedMessages> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? env.ROLLOUT_EMAILS_PER_MINUTE;
  await addFullRolloutBatch(limit);
  const due = await db.rolloutMessage.findMany({
    where: { kind: { in: ["beta_invite", "full_rollout"] }, queuedAt: null, dueAt: { lte: now } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      kind: true,
      rolloutId: true,
      user: { select: { id: true, email: true, name: true, deletedAt: true } },
    },
  });
  const result: QueuedMessages = { betaInvites: 0, fullRollout: 0, outboxIds: [] };
  for (const message of due) {
    const kind = message.kind as EmailKind;
    try {
      if (message.user.deletedAt !== null) {
        await db.rolloutMessage.update({ where: { id: message.id }, data: { queuedAt: now } });
        continue;
      }
      const firstName = message.user.name.trim().split(/\s+/)[0];
      const row = await enqueueEmail({
        userId: message.user.id,
        to: message.user.email,
        template: TEMPLATE[kind],
        payload: { firstName: firstName || undefined, firstPlanOn: firstPlanOn(now) },
        idempotencyKey: `rollout:${message.rolloutId}:${kind}:${message.user.id}`,
      });
      await db.rolloutMessage.update({
        where: { id: message.id },
        data: { queuedAt: now, outboxId: row.id },
      });
      if (row.status === "pending") result.outboxIds.push(row.id);
      if (kind === "beta_invite") result.betaInvites += 1;
      else result.fullRollout += 1;
    } catch (error) {
      // One person's bad address must not hold up everyone else's message.
      log.warn({ err: error, messageId: message.id }, "could not queue a rollout message");
    }
  }
  return result;
}
