import pino from "pino";
import { env } from "@/lib/env";

/** Structured JSON logs; request and job handlers log through `log.child({ requestId })` / `{ jobId }`. */
export const log = pino({
  level: env.LOG_LEVEL,
  base: { service: "meal-planner" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: ["password", "*.password", "token", "*.token", "headers.cookie", "headers.authorization"],
  },
});

export type Logger = pino.Logger;
