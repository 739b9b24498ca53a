import { db, type Prisma } from "@/lib/db";
import { enqueueEmail, type RollbackAlertPayload } from "@/lib/email";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

/** What staff are told about a rollback or guard action; the payload of the "rollback-alert" e-mail. */
export interface GuardAlert {
  eventId: string;
  flagName: string;
  trigger: "automatic" | "manual";
  action: string;
  rule: string | null;
  metric: string | null;
  value: number | null;
  threshold: number | null;
  windowSeconds: number | null;
  removedEnrolments: number;
  cancelledJobs: number;
  reason: string;
  rolledBackAt: string;
}

type RollbackEventRow = Prisma.RollbackEventGetPayload<object>;

/** The alert for a recorded guard action: everything it says is on the event row, so it is read from there. */
export function guardAlertFromEvent(event: RollbackEventRow, removedEnrolments: number): GuardAlert {
  return {
    eventId: event.id,
    flagName: event.flagName,
    trigger: event.trigger === "manual" ? "manual" : "automatic",
    action: event.action,
    rule: event.rule,
    metric: event.metric,
    value: event.value,
    threshold: event.threshold,
    windowSeconds: event.windowSeconds,
    removedEnrolments,
    cancelledJobs: event.cancelledJobs,
    reason: event.reason,
    rolledBackAt: event.createdAt.toISOString(),
  };
}

export interface AlertOptions {
  /** Defaults to ROLLBACK_WEBHOOK_URL; null turns the webhook off. */
  webhookUrl?: string | null;
  /** Defaults to STAFF_ALERT_EMAILS, else every staff user. */
  staffEmails?: readonly string[] | null;
  webhookTimeoutMs?: number;
}

export interface AlertDelivery {
  recipients: string[];
  /** outbox rows to deliver (lib/email) */
  outboxIds: string[];
  webhook:
    { status: "sent"; httpStatus: number } | { status: "failed"; error: string } | { status: "skipped" };
}

export const ROLLBACK_ALERT_TEMPLATE = "rollback-alert" as const;
const WEBHOOK_TIMEOUT_MS = 5_000;

async function alertRecipients(staffEmails: readonly string[] | null | undefined): Promise<string[]> {
  const configured = staffEmails ?? env.STAFF_ALERT_EMAILS;
  if (configured !== undefined && configured !== null && configured.length > 0)
    return [...new Set(configured)];
  const staff = await db.user.findMany({
    where: { role: "staff", deletedAt: null },
    select: { email: true },
    orderBy: { email: "asc" },
  });
  return staff.map((user) => user.email);
}

const METRIC_LABELS: Record<string, { label: string; unit: string }> = {
  job_error_rate: { label: "Job error rate", unit: "%" },
  p99_generation_latency: { label: "p99 generation latency", unit: "ms" },
  fatsecret_errors_per_minute: { label: "FatSecret errors", unit: "errors/min" },
  pool_utilisation: { label: "Connection pool utilisation", unit: "%" },
};

/** The guard's alert in the shape of the "rollback-alert" e-mail template. */
function toEmailPayload(alert: GuardAlert): RollbackAlertPayload {
  const known = alert.metric ? METRIC_LABELS[alert.metric] : undefined;
  const hasBreach = alert.rule !== null && alert.value !== null && alert.threshold !== null;
  return {
    flagName: alert.flagName,
    trigger: alert.trigger,
    reason: alert.reason.slice(0, 500) || alert.action,
    ...(hasBreach
      ? {
          breach: {
            rule: alert.rule ?? alert.action,
            label: known?.label ?? alert.metric ?? alert.rule ?? alert.action,
            value: alert.value ?? 0,
            threshold: alert.threshold ?? 0,
            unit: known?.unit ?? "",
            windowSeconds: alert.windowSeconds ?? 0,
          },
        }
      : {}),
    occurredAt: alert.rolledBackAt,
    isFlagDisabled: alert.action === "rollback",
    removedEnrolments: alert.removedEnrolments,
    cancelledJobs: alert.cancelledJobs,
  };
}

/**
 * Tells people after the change has committed: one pending outbox row per staff recipient (lib/email sends
 * them; the idempotency key makes a retried guard step write each row once) and a JSON POST to the webhook.
 * Neither may undo or fail the rollback, so both only log their failures.
 */
export async function sendGuardAlerts(alert: GuardAlert, options: AlertOptions = {}): Promise<AlertDelivery> {
  let recipients: string[] = [];
  const outboxIds: string[] = [];
  try {
    recipients = await alertRecipients(options.staffEmails);
    const users = await db.user.findMany({
      where: { email: { in: recipients } },
      select: { id: true, email: true },
    });
    const idByEmail = new Map(users.map((user) => [user.email, user.id]));
    const payload = toEmailPayload(alert);
    for (const email of recipients) {
      const row = await enqueueEmail({
        userId: idByEmail.get(email),
        to: email,
        template: ROLLBACK_ALERT_TEMPLATE,
        payload,
        idempotencyKey: `rollback:${alert.eventId}:${email}`,
      });
      outboxIds.push(row.id);
    }
  } catch (error) {
    log.error({ err: error, eventId: alert.eventId }, "could not queue rollback alert e-mails");
  }

  const webhookUrl = options.webhookUrl === undefined ? env.ROLLBACK_WEBHOOK_URL : options.webhookUrl;
  if (webhookUrl === null || webhookUrl === undefined)
    return { recipients, outboxIds, webhook: { status: "skipped" } };
  try {
    const response = await fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "rollout.guard_action", ...alert }),
      signal: AbortSignal.timeout(options.webhookTimeoutMs ?? WEBHOOK_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`webhook answered HTTP ${response.status}`);
    return { recipients, outboxIds, webhook: { status: "sent", httpStatus: response.status } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error({ err: error, eventId: alert.eventId }, "rollback webhook failed");
    return { recipients, outboxIds, webhook: { status: "failed", error: message } };
  }
}
