import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { EmailStatus, JobStatus } from "@/lib/generated/prisma/enums";

const JOB_STATUS_TONE: Record<JobStatus, BadgeTone> = {
  pending: "neutral",
  running: "info",
  completed: "success",
  failed: "danger",
  cancelled: "warning",
};

const EMAIL_STATUS_TONE: Record<EmailStatus, BadgeTone> = {
  pending: "neutral",
  sent: "info",
  delivered: "success",
  failed: "danger",
  bounced: "danger",
  suppressed: "warning",
};

export function JobStatusBadge({ status }: { status: JobStatus }) {
  return <Badge tone={JOB_STATUS_TONE[status]}>{status}</Badge>;
}

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  return <Badge tone={EMAIL_STATUS_TONE[status]}>{status}</Badge>;
}
