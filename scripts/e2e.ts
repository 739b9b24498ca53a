/**
 * Playwright against a production build on its own embedded PostgreSQL, migrated and seeded like dev.
 * Refuses to run against anything but a database it started or a local TEST_DATABASE_URL.
 */
import { productionServerEnv } from "./lib/production-env";
import { startEmbeddedPostgres, findFreePort } from "./lib/embedded-postgres";
import { localBin, run, runAsync, startChild, stopChild, waitForExit, waitForHttp } from "./lib/processes";
import { startFakeResend } from "../test/fakes/resend-server";

const database = await startEmbeddedPostgres({ persistent: false });
const resend = await startFakeResend();
let server: ReturnType<typeof startChild> | undefined;
let code = 1;
try {
  const { prepareDatabase } = await import("./lib/prepare-database");
  await prepareDatabase(database.url, (line) => console.log(`[e2e] ${line}`));
  const port = await findFreePort();
  const baseUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...productionServerEnv({
      databaseUrl: database.url,
      baseUrl,
      resendUrl: resend.url,
      // Specs sign in several times a minute from one address.
      signInMaxAttempts: 50,
    }),
    // Soaks shortened so a spec can advance a rollout past 5 % once real canary runs turn the gates green.
    ROLLOUT_STAGES: "5:0,25:0,50:0,100:0",
  };
  if (run(localBin("next"), ["build"], env) !== 0) throw new Error("next build failed");
  server = startChild(localBin("next"), ["start", "--port", String(port)], { env });
  await waitForHttp(`${baseUrl}/api/health`, 60_000);
  // Async: the fake Resend lives in this process and must keep answering while the specs run.
  code = await runAsync(localBin("playwright"), ["test", ...process.argv.slice(2)], {
    ...env,
    NODE_ENV: "test",
    E2E_BASE_URL: baseUrl,
  });
} catch (error) {
  console.error(error);
} finally {
  stopChild(server);
  if (server) await waitForExit(server);
  await database.stop();
  await resend.close();
}
process.exit(code);
