/**
 * `npm run dev`: the whole product on one machine. Starts the embedded PostgreSQL (unless DATABASE_URL is
 * set), applies migrations, seeds demo data once (with demo plans), then runs Next.js and the Inngest Dev
 * Server where it can be had (installed, or through npx with internet). Ctrl-C stops every child.
 */
import "dotenv/config";
import { openDevDatabase } from "./lib/dev-database";
import { loadOrCreateLocalSecrets, withLocalSecrets } from "./lib/local-secrets";
import { startInngestDevServer } from "./lib/inngest-dev-server";
import { nextDevArgs } from "./lib/next-dev-args";
import { localBin, run, startChild, stopChild, waitForExit } from "./lib/processes";

const PORT = process.env.PORT ?? "3000";

function say(line: string) {
  console.log(`[dev] ${line}`);
}

// The generated client is not committed: make it before anything imports it.
if (run(localBin("tsx"), ["scripts/prisma-generate.ts"]) !== 0) process.exit(1);
const { prepareDatabase } = await import("./lib/prepare-database");

const isExternalDb = Boolean(process.env.DATABASE_URL);
const database = await openDevDatabase();
say(
  isExternalDb
    ? "using DATABASE_URL"
    : `embedded PostgreSQL on port ${database.port} (data in .data/postgres)`,
);

let isStopping = false;
const children: ReturnType<typeof startChild>[] = [];
async function stopAll(code: number) {
  if (isStopping) return;
  isStopping = true;
  for (const child of children) stopChild(child);
  await Promise.all(children.map(waitForExit));
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

try {
  await prepareDatabase(database.url, say);
} catch (error) {
  console.error(error);
  await stopAll(1);
}

// Without a real Resend key, e-mails go to a local stand-in of the Resend API and are printed here.
let resendBaseUrl = process.env.RESEND_BASE_URL;
if (!process.env.RESEND_API_KEY) {
  const { startFakeResend } = await import("../test/fakes/resend-server");
  const fake = await startFakeResend();
  resendBaseUrl = fake.url;
  let printed = 0;
  setInterval(() => {
    for (const mail of fake.sent.slice(printed)) {
      const body = mail.body as { to?: unknown; subject?: unknown } | null;
      say(`e-mail (not delivered, local Resend stand-in) to ${String(body?.to)}: ${String(body?.subject)}`);
    }
    printed = fake.sent.length;
  }, 1000).unref();
  say(
    `e-mails go to a local Resend stand-in, listed at ${fake.url}/emails (set RESEND_API_KEY to send for real)`,
  );
}

const { startDevFakes } = await import("./lib/dev-fakes");
const fakes = await startDevFakes(process.env, say);

const env = withLocalSecrets(
  {
    ...process.env,
    ...fakes.env,
    DATABASE_URL: database.url,
    NEXT_TELEMETRY_DISABLED: "1",
    APP_URL: process.env.APP_URL ?? `http://localhost:${PORT}`,
    INNGEST_DEV: process.env.INNGEST_DEV ?? "1",
    ...(resendBaseUrl ? { RESEND_BASE_URL: resendBaseUrl } : {}),
  },
  loadOrCreateLocalSecrets(),
);

const next = startChild(localBin("next"), nextDevArgs(PORT, process.env.HOST), { env });
children.push(next);
void waitForExit(next).then((code) => stopAll(code));

// Not awaited: the app serves while the Dev Server is tried (at most ~20 s offline, then one line).
void startInngestDevServer({
  appUrl: `http://localhost:${PORT}/api/inngest`,
  env,
  say,
  track: (child) => children.push(child),
});
say(`Meal Planner on http://localhost:${PORT} — Ctrl-C stops everything`);
