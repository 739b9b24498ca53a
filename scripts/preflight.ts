/**
 * `npm run preflight`: the pre-deployment checklist (rollout plan §3.1) items the product can check, one line
 * each, green or red with the reason. Exits 1 when any is red. Reads the same environment as the app.
 */
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { defaultMigrationsDir, runPreflight } from "./lib/preflight-checks";

const isColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, text: string) => (isColour ? `\u001b[${code}m${text}\u001b[0m` : text);

const results = await runPreflight(db, {
  isProduction: env.NODE_ENV === "production",
  appUrl: env.APP_URL.replace(/\/+$/, ""),
  migrationsDir: defaultMigrationsDir(process.cwd()),
  inngestBaseUrl: env.INNGEST_BASE_URL,
  inngestEventKey: env.INNGEST_EVENT_KEY,
  inngestSigningKey: env.INNGEST_SIGNING_KEY,
  fatsecretBaseUrl: env.FATSECRET_BASE_URL,
  fatsecretClientId: env.FATSECRET_CLIENT_ID,
  fatsecretClientSecret: env.FATSECRET_CLIENT_SECRET,
  tandoorBaseUrl: env.TANDOOR_BASE_URL,
  tandoorApiToken: env.TANDOOR_API_TOKEN,
  metricsToken: env.METRICS_TOKEN,
  timeoutMs: Number(process.env.PREFLIGHT_TIMEOUT_MS ?? 5_000),
});
await db.$disconnect();

for (const result of results) {
  const mark = result.isOk ? paint(32, "✓ PASS") : paint(31, "✗ FAIL");
  console.log(`${mark}  ${result.name.padEnd(22)} ${result.detail}`);
}
const failed = results.filter((r) => !r.isOk).length;
console.log(
  failed === 0
    ? paint(32, "\nAll preflight checks passed.")
    : paint(31, `\n${failed} preflight check(s) failed.`),
);
process.exit(failed === 0 ? 0 : 1);
