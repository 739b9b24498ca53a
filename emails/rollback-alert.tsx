import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout, styles } from "./_components/email-layout";
import { appLink, formatInstantUtc, formatInteger, formatMetric } from "./_components/format";

/** The guard rule that tripped; absent for a rollback staff started by hand. */
export interface RollbackBreach {
  /** Rule key, e.g. `job_error_rate`. */
  rule: string;
  /** Human label, e.g. `Job error rate`. */
  label: string;
  value: number;
  threshold: number;
  /** `%`, `s`, `errors/min`… as the guard rule declares it. */
  unit: string;
  /** How long the breach had to last before the guard acted. */
  windowSeconds: number;
}

export interface RollbackAlertEmailProps {
  appUrl: string;
  flagName: string;
  trigger: "automatic" | "manual";
  reason: string;
  breach?: RollbackBreach;
  /** Who rolled back, for manual rollbacks. */
  actorLabel?: string;
  /** ISO 8601 instant of the rollback. */
  occurredAt: string;
  isFlagDisabled: boolean;
  removedEnrolments: number;
  cancelledJobs: number;
}

export function rollbackAlertSubject({
  flagName,
  breach,
  actorLabel,
}: Pick<RollbackAlertEmailProps, "flagName" | "breach" | "actorLabel">): string {
  if (breach) {
    return `Rollback: ${flagName} (${breach.label} ${withUnit(breach.value, breach.unit)} > ${withUnit(breach.threshold, breach.unit)})`;
  }
  return `Rollback: ${flagName} rolled back by ${actorLabel ?? "staff"}`;
}

/** For staff: what tripped, when, and exactly what the rollback changed, so they can judge a restore. */
export function RollbackAlertEmail(props: RollbackAlertEmailProps) {
  const { appUrl, flagName, trigger, reason, breach, actorLabel, occurredAt } = props;
  const when = formatInstantUtc(occurredAt);

  return (
    <EmailLayout
      preview={`${flagName} was rolled back at ${when}. ${reason}`}
      footer={
        <Text style={styles.footerText}>
          Sent to Meal Planner staff by the rollout guard. Every rollback is also recorded in the audit log.
        </Text>
      }
    >
      <Heading as="h1" style={styles.heading}>
        {flagName} was rolled back
      </Heading>

      <Section>
        <Text style={styles.fact}>
          <strong>Flag:</strong> {flagName}
        </Text>
        <Text style={styles.fact}>
          <strong>Trigger:</strong>{" "}
          {trigger === "automatic" ? "automatic (rollout guard)" : `manual, by ${actorLabel ?? "staff"}`}
        </Text>
        {breach && (
          <>
            <Text style={styles.fact}>
              <strong>Rule:</strong> {breach.label} ({breach.rule})
            </Text>
            <Text style={styles.fact}>
              <strong>Value:</strong> {withUnit(breach.value, breach.unit)} against a threshold of{" "}
              {withUnit(breach.threshold, breach.unit)}
            </Text>
            <Text style={styles.fact}>
              <strong>Sustained for:</strong> {formatDuration(breach.windowSeconds)}
            </Text>
          </>
        )}
        <Text style={styles.fact}>
          <strong>Reason:</strong> {reason}
        </Text>
        <Text style={styles.fact}>
          <strong>Time:</strong> {when}
        </Text>
      </Section>

      <Text style={styles.subheading}>What was done</Text>
      <Text style={styles.listItem}>
        • {props.isFlagDisabled ? "Flag switched off for everyone" : "Flag left on"}
      </Text>
      <Text style={styles.listItem}>• {countOf(props.removedEnrolments, "enrolment")} removed</Text>
      <Text style={styles.listItem}>• {countOf(props.cancelledJobs, "pending job")} cancelled</Text>

      <Section style={{ margin: "24px 0" }}>
        <Button href={appLink(appUrl, "/admin/rollbacks")} style={styles.button}>
          Review rollbacks
        </Button>
      </Section>
      <Text style={styles.text}>
        Removed enrolments are kept with the rollback, so they can be restored from the console once the cause
        is fixed.
      </Text>
    </EmailLayout>
  );
}

function withUnit(value: number, unit: string): string {
  return unit === "%" ? `${formatMetric(value)}%` : `${formatMetric(value)} ${unit}`;
}

function formatDuration(seconds: number): string {
  if (seconds % 3600 === 0 && seconds > 0) return countOf(seconds / 3600, "hour");
  if (seconds % 60 === 0 && seconds > 0) return countOf(seconds / 60, "minute");
  return countOf(seconds, "second");
}

function countOf(count: number, noun: string): string {
  return `${formatInteger(count)} ${noun}${count === 1 ? "" : "s"}`;
}

RollbackAlertEmail.PreviewProps = {
  appUrl: "http://localhost:3000",
  flagName: "phase3_generation_engine",
  trigger: "automatic",
  reason: "Job error rate above 5% for 2 minutes",
  breach: {
    rule: "job_error_rate",
    label: "Job error rate",
    value: 7.25,
    threshold: 5,
    unit: "%",
    windowSeconds: 120,
  },
  occurredAt: "2026-11-27T14:05:00.000Z",
  isFlagDisabled: true,
  removedEnrolments: 42,
  cancelledJobs: 17,
} satisfies RollbackAlertEmailProps;

export default RollbackAlertEmail;
