import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { findFreePort } from "./embedded-postgres";
import { startInngestDevServer } from "./inngest-dev-server";

function isAlive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("starting the Inngest Dev Server for npm run dev", () => {
  it("gives up within its timeout when the command never answers (offline npx), and kills it", async () => {
    const port = await findFreePort();
    const lines: string[] = [];
    const started = Date.now();
    const server = await startInngestDevServer({
      appUrl: "http://localhost:3000/api/inngest",
      devServerUrl: `http://127.0.0.1:${port}`,
      timeoutMs: 1500,
      command: { file: process.execPath, args: ["-e", "setInterval(() => {}, 1000)"] },
      say: (line) => lines.push(line),
    });
    expect(server).toBeNull();
    expect(Date.now() - started).toBeLessThan(6000);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/unavailable .*no answer in 2 s.*on demand/);
  });

  it("gives up at once when the command fails (no binary to download)", async () => {
    const port = await findFreePort();
    const lines: string[] = [];
    const started = Date.now();
    const server = await startInngestDevServer({
      appUrl: "http://localhost:3000/api/inngest",
      devServerUrl: `http://127.0.0.1:${port}`,
      timeoutMs: 20_000,
      command: { file: process.execPath, args: ["-e", "process.exit(1)"] },
      say: (line) => lines.push(line),
    });
    expect(server).toBeNull();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(lines[0]).toMatch(/could not start/);
  });

  it("hands back the running server once it answers", async () => {
    const port = await findFreePort();
    const script = `require("node:http").createServer((q, s) => s.end("ok")).listen(${port}, "127.0.0.1")`;
    const lines: string[] = [];
    const server = await startInngestDevServer({
      appUrl: "http://localhost:3000/api/inngest",
      devServerUrl: `http://127.0.0.1:${port}`,
      timeoutMs: 10_000,
      command: { file: process.execPath, args: ["-e", script] },
      say: (line) => lines.push(line),
    });
    expect(server).not.toBeNull();
    expect(lines[0]).toMatch(/Dev Server on/);
    process.kill(-server!.child.pid!, "SIGTERM");
    await new Promise((resolve) => server!.child.once("exit", resolve));
    expect(isAlive(server!.child.pid)).toBe(false);
  });

  it("uses a Dev Server that is already running instead of starting another", async () => {
    const existing = createServer((_, res) => res.end("ok"));
    await new Promise<void>((resolve) => existing.listen(0, "127.0.0.1", resolve));
    const { port } = existing.address() as AddressInfo;
    const lines: string[] = [];
    const server = await startInngestDevServer({
      appUrl: "http://localhost:3000/api/inngest",
      devServerUrl: `http://127.0.0.1:${port}`,
      command: { file: process.execPath, args: ["-e", "process.exit(3)"] },
      say: (line) => lines.push(line),
    });
    existing.close();
    expect(server).toBeNull();
    expect(lines[0]).toMatch(/already answers/);
  });
});
