import { inngest } from "@/inngest/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/log";

type Payload = Parameters<typeof inngest.send>[0];

/**
 * Sends events from a request or the CLI, where nobody should wait on an engine that is not there: a dev
 * machine without the Dev Server refuses the connection at once, a hung one is cut off by the timeout.
 * Throws 503 with a sentence an operator can act on.
 */
export async function sendEvents(payload: Payload): Promise<{ ids: string[] }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${env.INNGEST_SEND_TIMEOUT_MS} ms`)),
      env.INNGEST_SEND_TIMEOUT_MS,
    );
  });
  try {
    const result = await Promise.race([inngest.send(payload), timeout]);
    return { ids: [...result.ids] };
  } catch (error) {
    throw new AppError(
      "UNAVAILABLE",
      `Inngest cannot be reached (${error instanceof Error ? error.message : String(error)}): start the Inngest Dev Server, or check INNGEST_BASE_URL and INNGEST_EVENT_KEY.`,
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * For events whose work already happened (a plan made on demand): the follow-ups (e-mail, FatSecret sync)
 * run wherever Inngest runs, and the person's request succeeds either way.
 */
export async function sendEventsIfPossible(payload: Payload): Promise<boolean> {
  try {
    await sendEvents(payload);
    return true;
  } catch (error) {
    log.warn({ err: error }, "event not sent: follow-up jobs will not run for it");
    return false;
  }
}
