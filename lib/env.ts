/**
 * The one place that reads configuration. Validated on first import, so a missing or malformed value stops
 * the server at start-up with the variable's name and the reason, instead of failing on first use.
 * Tunables (pool size, rate limits, guard thresholds) are env with defaults.
 */
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

const url = () => z.url({ message: "must be a URL such as http://localhost:3000" });
const boolFlag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string({ message: "is required (npm run dev and npm test set it for you)" })
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    APP_URL: url().default("http://localhost:3000"),
    BETTER_AUTH_SECRET: z
      .string({ message: "is required: 32+ random characters" })
      .min(32, "must be 32+ characters"),
    AUTH_SIGN_IN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
    AUTH_SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
    // How many reverse-proxy hops in front of the app append to X-Forwarded-For. 0 (default): the client is the
    // TCP peer and a client-sent X-Forwarded-For is ignored. 1 behind one nginx, and so on.
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // Per-account sign-in lockout: after this many wrong passwords in a row the account waits, doubling each
    // time up to the cap, so an attacker cannot guess fast and cannot lock a person out for long.
    AUTH_LOCKOUT_FREE_FAILURES: z.coerce.number().int().min(1).default(5),
    AUTH_LOCKOUT_BASE_SECONDS: z.coerce.number().int().min(1).default(30),
    AUTH_LOCKOUT_MAX_SECONDS: z.coerce.number().int().min(1).default(900),
    // Pool timeouts: a stopped or frozen database answers every page within seconds instead of hanging it.
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(3000),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    // Largest request body a route handler or server action reads.
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    INNGEST_DEV: boolFlag.optional(),
    INNGEST_BASE_URL: url().optional(),
    INNGEST_EVENT_KEY: z.string().optional(),
    INNGEST_SIGNING_KEY: z.string().optional(),
    RESEND_API_KEY: z.string().default("re_local_fake_key"),
    RESEND_BASE_URL: url().optional(),
    EMAIL_FROM: z.string().default("Meal Planner <plans@meal-planner.local>"),
    FATSECRET_BASE_URL: url().default("https://platform.fatsecret.com/rest"),
    FATSECRET_CLIENT_ID: z.string().optional(),
    FATSECRET_CLIENT_SECRET: z.string().optional(),
    TANDOOR_BASE_URL: url().optional(),
    TANDOOR_API_TOKEN: z.string().optional(),
    // FatSecret's three-legged OAuth 1.0 endpoints (request_token, authorize, access_token live under it) and
    // its OAuth 2.0 client-credentials token endpoint (food lookups). The consumer key/secret default to the
    // client id/secret.
    FATSECRET_AUTH_URL: url().default("https://authentication.fatsecret.com/oauth"),
    FATSECRET_TOKEN_URL: url().default("https://oauth.fatsecret.com/connect/token"),
    FATSECRET_CONSUMER_KEY: z.string().optional(),
    FATSECRET_CONSUMER_SECRET: z.string().optional(),
    FATSECRET_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    // Retries inside one step (429/5xx/timeouts/codes 11-12): exponential from 1 s, capped, within a budget;
    // past it the step fails and Inngest retries it later.
    FATSECRET_RETRY_BUDGET_MS: z.coerce.number().int().min(0).default(180_000),
    // Multiplies every backoff wait and Retry-After (1 in production). Tests run a 60 s storm at 0.01.
    FATSECRET_TIME_SCALE: z.coerce.number().positive().max(1).default(1),
    // AutoSync runs started per minute across all users (each run makes ~30 calls for a 4-meal week).
    FATSECRET_SYNC_RUNS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
    FATSECRET_CATCH_UP_CRON: z.string().min(9).default("30 4 * * *"),
    TANDOOR_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
    TANDOOR_PAGE_SIZE: z.coerce.number().int().min(1).max(500).default(100),
    TANDOOR_SYNC_CRON: z.string().min(9).default("15 3 * * *"),
    // 32 bytes, base64: encrypts third-party tokens at rest (AES-256-GCM).
    TOKEN_ENCRYPTION_KEY: z
      .string({ message: "is required: 32 random bytes, base64 (openssl rand -base64 32)" })
      .refine((v) => Buffer.from(v, "base64").length === 32, "must decode from base64 to exactly 32 bytes"),
    METRICS_TOKEN: z.string().min(16, "must be 16+ characters").optional(),
    // Rollout guard (plan §1.4/§6.1): a rule trips when its metric stays over the threshold for the window.
    GUARD_ERROR_RATE_PCT: z.coerce.number().min(0).max(100).default(5),
    GUARD_ERROR_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(120),
    GUARD_P99_MS: z.coerce.number().int().min(1).default(60_000),
    GUARD_P99_WINDOW_SECONDS: z.coerce.number().int().min(1).default(300),
    GUARD_FATSECRET_ERRORS_PER_MIN: z.coerce.number().min(0).default(20),
    GUARD_FATSECRET_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
    GUARD_POOL_PCT: z.coerce.number().min(0).default(90),
    GUARD_POOL_WINDOW_SECONDS: z.coerce.number().int().min(1).default(120),
    // Each guard sample aggregates the runs of this many seconds before it; keep it equal to the cron interval
    // so a short spike lands in as few samples as it lasted.
    GUARD_SAMPLE_SECONDS: z.coerce.number().int().min(1).default(60),
    // Consecutive samples further apart than this break a sustained breach (a missed guard run = no evidence).
    GUARD_MAX_SAMPLE_GAP_SECONDS: z.coerce.number().int().min(1).default(90),
    GUARD_SAMPLE_RETENTION_DAYS: z.coerce.number().int().min(1).default(7),
    // Connections all app instances may hold together; the pool metric divides by it. Default: one pool.
    GUARD_POOL_CAPACITY: z.coerce.number().int().min(1).optional(),
    ROLLOUT_GUARD_CRON: z.string().min(9).default("* * * * *"),
    // How often the dispatcher books due jobs (weekly plans fall due on the hour, in each person's zone).
    PLAN_SCHEDULER_CRON: z.string().min(9).default("*/5 * * * *"),
    // Rows one dispatcher page books (and events it sends in one batch).
    SCHEDULER_PAGE_SIZE: z.coerce.number().int().min(1).max(5000).default(2000),
    // Every job's run is cancelled past this (plan §7.2).
    SCHEDULER_JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(1).default(300),
    // Generation runs at once, across the app (plan §7.2: 5).
    SCHEDULER_MAX_CONCURRENT_JOBS: z.coerce.number().int().min(1).default(5),
    // A bearer token for the scheduler API (the plan's smoke test); unset, only staff sessions may call it.
    SCHEDULER_ADMIN_TOKEN: z.string().min(24, "must be 24+ characters").optional(),
    // Plans a person may make on demand per hour.
    ON_DEMAND_PLANS_PER_HOUR: z.coerce.number().int().min(1).default(10),
    // How long a request waits for Inngest to accept an event before carrying on without it.
    INNGEST_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).default(3000),
    // Stage gates (plan §1.3 success criteria), judged over the stage's observation window.
    GATE_ERROR_RATE_PCT: z.coerce.number().min(0).max(100).default(1),
    GATE_P99_MS: z.coerce.number().int().min(1).default(30_000),
    GATE_FATSECRET_SUCCESS_PCT: z.coerce.number().min(0).max(100).default(95),
    GATE_EMAIL_DELIVERY_PCT: z.coerce.number().min(0).max(100).default(98),
    GATE_POOL_PCT: z.coerce.number().min(0).default(90),
    GATE_WINDOW_HOURS: z.coerce.number().min(1).default(24),
    // "percentage:soakMinutes,…", e.g. "5:1440,25:720,50:720,100:1440" (the plan's §2.1 schedule, the default).
    ROLLOUT_STAGES: z
      .string()
      .regex(
        /^\s*\d+(\.\d{1,2})?:\d+\s*(,\s*\d+(\.\d{1,2})?:\d+\s*)*$/,
        "must look like 5:1440,25:720,100:1440",
      )
      .optional(),
    ROLLBACK_WEBHOOK_URL: url().optional(),
    // Who gets rollback alerts; unset means every staff user.
    STAFF_ALERT_EMAILS: z
      .string()
      .transform((v) =>
        v
          .split(",")
          .map((e) => e.trim())
          .filter((e) => e.length > 0),
      )
      .pipe(z.array(z.email({ message: "must be a comma-separated list of e-mail addresses" })))
      .optional(),
    // Signs the one-click unsubscribe links in e-mails. Unset: derived from BETTER_AUTH_SECRET (HKDF with its
    // own label), so a deployment needs no new secret; set it to rotate the links apart from sessions.
    UNSUBSCRIBE_SECRET: z.string().min(32, "must be 32+ characters").optional(),
    // How long an unsubscribe link works, counted from when its e-mail was queued. CAN-SPAM asks for 30+ days.
    UNSUBSCRIBE_TOKEN_TTL_DAYS: z.coerce.number().int().min(30).max(3650).default(90),
    // Guard's memory rule (plan §6.1): over this share of the instance's memory for the window, /api/health
    // answers 503 so the orchestrator restarts the instance. The limit is the cgroup's, else this, else the host's.
    GUARD_MEMORY_PCT: z.coerce.number().min(1).max(100).default(90),
    GUARD_MEMORY_WINDOW_SECONDS: z.coerce.number().int().min(1).default(180),
    MEMORY_LIMIT_BYTES: z.coerce.number().int().min(1).optional(),
    // The plan's communications (§2.3, §8.2).
    BETA_INVITE_LEAD_HOURS: z.coerce.number().min(0).default(48),
    SURVEY_DELAY_DAYS: z.coerce.number().min(0).default(7),
    ROLLOUT_EMAILS_PER_MINUTE: z.coerce.number().int().min(1).default(100),
    // Tracing (rollout plan §5.4): OTLP/HTTP collector base URL, e.g. http://otel-collector:4318; unset = off.
    OTEL_EXPORTER_OTLP_ENDPOINT: url().optional(),
    // The `service` of every log line and the traces' service.name.
    OTEL_SERVICE_NAME: z.string().min(1).default("meal-planner"),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  onValidationError: (issues) => {
    const lines = issues.map((issue) => `  - ${issue.path?.join(".") ?? "?"}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  },
});
