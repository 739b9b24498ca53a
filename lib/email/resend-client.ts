import { Resend } from "resend";
import { env } from "@/lib/env";

const RESEND_API_URL = "https://api.resend.com";

export interface ResendClientOptions {
  apiKey?: string;
  /** Overrides `RESEND_BASE_URL`, e.g. a loopback fake started after `lib/env` was loaded. */
  baseUrl?: string;
}

/**
 * A Resend SDK client. The SDK would read `process.env.RESEND_BASE_URL` itself in its constructor (not at
 * module load) and fall back to the public API; passing `baseUrl` explicitly makes the validated `env` the
 * only source, so a client can never reach the real API because a process variable changed after start-up.
 */
export function createResendClient(options: ResendClientOptions = {}): Resend {
  const baseUrl = (options.baseUrl ?? env.RESEND_BASE_URL ?? RESEND_API_URL).replace(/\/+$/, "");
  return new Resend(options.apiKey ?? env.RESEND_API_KEY, { baseUrl });
}

let sharedClient: Resend | undefined;

/** The process-wide client, built on first use so importing this module never needs the network config. */
export function getResendClient(): Resend {
  sharedClient ??= createResendClient();
  return sharedClient;
}
