/**
 * `npm test`: every quality gate and test layer, in order, stopping at the first failure:
 * typecheck → lint → format check → vitest (unit + integration on real Postgres) → Playwright e2e.
 */
import { localBin, run } from "./lib/processes";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const steps: [string, string, string[]][] = [
  ["prisma client", localBin("tsx"), ["scripts/prisma-generate.ts"]],
  ["typecheck", localBin("tsc"), ["--noEmit"]],
  ["lint", localBin("eslint"), [".", "--max-warnings=0"]],
  ["format check", localBin("prettier"), ["--check", "."]],
  ["unit + integration tests", localBin("vitest"), ["run"]],
  ["own PostgreSQL via DATABASE_URL (fresh copy)", localBin("tsx"), ["scripts/test-own-postgres.ts"]],
  ["e2e tests", localBin("tsx"), ["scripts/e2e.ts"]],
];

const timings: string[] = [];
const started = Date.now();
for (const [name, command, args] of steps) {
  console.log(`\n━━ ${name} ━━`);
  const stepStart = Date.now();
  const code = run(command, args, env);
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  timings.push(`${code === 0 ? "✓" : "✗"} ${name} (${seconds} s)`);
  if (code !== 0) {
    console.error(`\n${timings.join("\n")}\n\nnpm test failed at: ${name}`);
    process.exit(code);
  }
}
console.log(
  `\n${timings.join("\n")}\n\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
