import { generateSecrets } from "./local-secrets";

/**
 * The environment of a local production build (`next start`) for e2e and benchmarks: fresh secrets, the
 * run's own database, and no real outside service — Resend goes to `resendUrl` (a stand-in) or nowhere,
 * FatSecret and Tandoor nowhere. Production refuses to start without Inngest request signing, so a test key
 * is set.
 */
export function productionServerEnv(options: {
  databaseUrl: string;
  baseUrl: string;
  resendUrl?: string;
  signInMaxAttempts: number;
}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...generateSecrets(),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: options.databaseUrl,
    APP_URL: options.baseUrl,
    LOG_LEVEL: "warn",
    INNGEST_SIGNING_KEY: `signkey-test-${"0".repeat(64)}`,
    // Runs sign many people in from one address.
    AUTH_SIGN_IN_MAX_ATTEMPTS: String(options.signInMaxAttempts),
    RESEND_BASE_URL: options.resendUrl ?? "http://127.0.0.1:9",
    FATSECRET_BASE_URL: "http://127.0.0.1:9",
    TANDOOR_BASE_URL: "http://127.0.0.1:9",
  };
}
