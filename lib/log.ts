import pino from "pino";
import { env } from "@/lib/env";

/**
 * Structured JSON logs, one object a line, with the rollout plan's field names (§5.3): `timestamp` (ISO 8601),
 * `level` as a word, `service`, `message`. Request and job handlers log through `log.child({ requestId })`.
 */
export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level: env.LOG_LEVEL,
    base: { service: env.OTEL_SERVICE_NAME },
    messageKey: "message",
    timestamp: () => `,"timestamp":"${new Date().toISOString()}"`,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: ["password", "*.password", "token", "*.token", "headers.cookie", "headers.authorization"],
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const log = createLogger();

export type Logger = pino.Logger;

/** One line per finished job attempt, field for field the plan's job log (§4.3, §5.3). */
export interface JobExecutionLogEntry {
  /** The scheduled job's id, or the Inngest run id for runs no scheduled job booked (crons, notifications). */
  job_id: string;
  job_type: string;
  user_id: string | null;
  /** The attempt's `job_executions.status`. */
  status: string;
  /** A failed attempt that Inngest will try again. */
  will_retry: boolean;
  duration_ms: number;
  error: string | null;
  /** Why a cancelled run stopped itself. */
  reason?: string;
  run_id: string;
  attempt: number;
  function_id: string;
}

export function logJobExecution(entry: JobExecutionLogEntry): void {
  const level = entry.status !== "failed" ? "info" : entry.will_retry ? "warn" : "error";
  const outcome = entry.will_retry ? `${entry.status}, will be retried` : entry.status;
  log[level](entry, `${entry.job_type} ${outcome} in ${entry.duration_ms} ms`);
}
