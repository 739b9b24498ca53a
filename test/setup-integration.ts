import { inject } from "vitest";

// Before any test module imports lib/env or lib/db: point them at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.BETTER_AUTH_SECRET ??= "integration-test-secret-integration-test-secret";
process.env.TOKEN_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString("base64");
process.env.METRICS_TOKEN ??= "integration-metrics-token";
process.env.LOG_LEVEL ??= "silent";
process.env.APP_URL ??= "http://localhost:3000";
// External services default to a closed loopback port: a test that forgets its fake fails fast instead of
// reaching the internet.
process.env.RESEND_BASE_URL ??= "http://127.0.0.1:9";
process.env.FATSECRET_BASE_URL ??= "http://127.0.0.1:9";
process.env.TANDOOR_BASE_URL ??= "http://127.0.0.1:9";
