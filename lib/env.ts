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
    // 32 bytes, base64: encrypts third-party tokens at rest (AES-256-GCM).
    TOKEN_ENCRYPTION_KEY: z
      .string({ message: "is required: 32 random bytes, base64 (openssl rand -base64 32)" })
      .refine((v) => Buffer.from(v, "base64").length === 32, "must decode from base64 to exactly 32 bytes"),
    METRICS_TOKEN: z.string().min(16, "must be 16+ characters").optional(),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  onValidationError: (issues) => {
    const lines = issues.map((issue) => `  - ${issue.path?.join(".") ?? "?"}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  },
});
