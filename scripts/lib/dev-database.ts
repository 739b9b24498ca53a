/**
 * The database a local command should use: DATABASE_URL when set, otherwise the embedded dev cluster whose
 * data lives in the git-ignored `.data/` folder, so a restart keeps users, plans and flags.
 */
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

export const DEV_DATA_DIR = path.resolve(import.meta.dirname, "../../.data/postgres");
// Overridable so two checkouts on one machine can each run `npm run dev`.
export const DEV_PG_PORT = Number(process.env.DEV_PG_PORT ?? 54329);

export async function openDevDatabase(log: (line: string) => void = () => {}): Promise<EmbeddedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, port: Number(new URL(external).port || 5432), stop: async () => {} };
  return startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, port: DEV_PG_PORT, persistent: true, log });
}
