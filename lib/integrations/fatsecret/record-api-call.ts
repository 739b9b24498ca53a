import { db } from "@/lib/db";
import type { FatSecretError } from "@/lib/integrations/fatsecret/fatsecret-error";
import { log } from "@/lib/log";
import { fatsecretApiCallDurationSeconds, fatsecretApiErrorsTotal } from "@/lib/observability/prometheus";

/**
 * Every FatSecret call lands in the duration histogram; every failed one also in the error counter and in
 * `fatsecret_api_errors`, the table the guard's "errors per minute" rule reads (all instances share it).
 * Bookkeeping never fails the call it describes.
 */
export async function recordApiCall(
  method: string,
  seconds: number,
  error: FatSecretError | null,
  userId: string | null,
): Promise<void> {
  fatsecretApiCallDurationSeconds.observe({ method, outcome: error ? error.reason : "ok" }, seconds);
  if (!error) return;
  fatsecretApiErrorsTotal.inc({ method, reason: error.reason });
  await db.fatSecretApiError
    .create({ data: { method, reason: error.reason, userId } })
    .catch((failure: unknown) =>
      log.error({ err: failure, method }, "could not record a FatSecret API error"),
    );
}
