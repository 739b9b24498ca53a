/**
 * The database a local command should use: DATABASE_URL when set, otherwise the embedded dev cluster whose
 * data lives in the git-ignored `.data/` folder, so a restart keeps users, plans and flags.
 */
import net from "node:net";
import path from "node:path";
import { embeddedUrl, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

export const DEV_DATA_DIR = path.resolve(import.meta.dirname, "../../.data/postgres");
// Overridable so two checkouts on one machine can each run `npm run dev`.
export const DEV_PG_PORT = Number(process.env.DEV_PG_PORT ?? 54329);

export async function openDevDatabase(log: (line: string) => void = () => {}): Promise<EmbeddedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, port: Number(new URL(external).port || 5432), stop: async () => {} };
  // `npm run dev` already runs the cluster: a CLI next to it uses that server instead of starting another.
  if (await isListening(DEV_PG_PORT)) {
    return { url: embeddedUrl(DEV_PG_PORT), port: DEV_PG_PORT, stop: async () => {} };
  }
  return startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, port: DEV_PG_PORT, persistent: true, log });
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.setTimeout(500);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}
