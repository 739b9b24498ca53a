/**
 * `npm run db:generate`: generates the Prisma client. The CLI wants a native schema engine it never uses for
 * generation; on offline machines it cannot be downloaded, so point the CLI at a stand-in executable.
 */
import fs from "node:fs";
import path from "node:path";
import { localBin, run } from "./lib/processes";

const ROOT = path.resolve(import.meta.dirname, "..");
const GENERATED = path.join(ROOT, "lib/generated/prisma/client.ts");

if (process.argv.includes("--if-missing") && fs.existsSync(GENERATED)) process.exit(0);

const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const nativeEngine = path.join(ROOT, "node_modules/@prisma/engines");
  const hasNative =
    fs.existsSync(nativeEngine) && fs.readdirSync(nativeEngine).some((f) => f.startsWith("schema-engine"));
  if (!hasNative) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
process.exit(run(localBin("prisma"), ["generate"], env));
