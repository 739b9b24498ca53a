/**
 * Starts the Inngest Dev Server for `npm run dev` wherever it can be had: an installed `inngest-cli` (or
 * `inngest`) binary first, else `npx --yes inngest-cli@<pinned> dev`, which downloads it where there is
 * internet. Offline, npx cannot fetch the CLI's binary: the attempt is given up after a bounded wait, with
 * one line saying what that means, and dev carries on. Never throws, never leaves a child behind.
 */
import type { ChildProcess } from "node:child_process";
import { findExecutable, startChild, stopChild, waitForExit } from "./processes";

export const INNGEST_CLI_VERSION = "1.45.1";

export interface DevServerOptions {
  /** The app's Inngest endpoint, e.g. http://localhost:3000/api/inngest. */
  appUrl: string;
  /** Where the Dev Server answers once up (its UI and API). */
  devServerUrl?: string;
  /** How long to wait for it to answer before giving up. */
  timeoutMs?: number;
  /** Overrides the command (tests); by default an installed binary, else npx. */
  command?: { file: string; args: string[] };
  env?: NodeJS.ProcessEnv;
  say: (line: string) => void;
  /** Told about the child as soon as it exists, so a Ctrl-C during the wait stops it too. */
  track?: (child: ChildProcess) => void;
}

export interface DevServer {
  child: ChildProcess;
  url: string;
}

function defaultCommand(appUrl: string): { file: string; args: string[]; source: string } {
  const args = ["dev", "--no-discovery", "-u", appUrl];
  const installed = findExecutable(["inngest-cli", "inngest"]);
  if (installed) return { file: installed, args, source: installed };
  return {
    file: "npx",
    args: ["--yes", `inngest-cli@${INNGEST_CLI_VERSION}`, ...args],
    source: `npx inngest-cli@${INNGEST_CLI_VERSION}`,
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return response.status < 500;
  } catch {
    return false;
  }
}

export async function startInngestDevServer(options: DevServerOptions): Promise<DevServer | null> {
  const url = options.devServerUrl ?? "http://127.0.0.1:8288";
  const timeoutMs = options.timeoutMs ?? 20_000;
  const command = options.command ?? defaultCommand(options.appUrl);
  if (await answers(url)) {
    options.say(`an Inngest Dev Server already answers at ${url}; using it`);
    return null;
  }
  // Its own output is noise until it works; what matters is said below in one line.
  const child = startChild(command.file, command.args, { env: options.env ?? process.env, stdio: "ignore" });
  options.track?.(child);
  let exited = false;
  void waitForExit(child).then(() => {
    exited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (!exited && Date.now() < deadline) {
    if (await answers(url)) {
      options.say(`Inngest Dev Server on ${url} (scheduled jobs and events run there)`);
      return { child, url };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const couldNotStart = exited;
  stopChild(child);
  if (!exited) {
    const killer = setTimeout(() => stopChild(child, "SIGKILL"), 2000);
    await waitForExit(child);
    clearTimeout(killer);
  }
  options.say(
    `Inngest Dev Server unavailable (${couldNotStart ? "it could not start" : `no answer in ${Math.round(timeoutMs / 1000)} s`}, ` +
      "offline?): scheduled jobs and e-mails after a plan need it; plans are still made on demand " +
      '("Make my plan now" on /plan, or npm run plans:generate).',
  );
  return null;
}
