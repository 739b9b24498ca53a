import { AppError } from "@/lib/errors/app-error";
import { refuseControlCharacters } from "@/lib/validation/text";

/** Bodies past this are refused before they are read whole. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON request body with a size cap: a clear 400 for malformed JSON and 413 for an oversized body,
 * instead of reading whatever arrives. The body is read as JSON whatever its content type says, so it is
 * screened for control characters here too: the route wrapper only screens bodies declared as JSON, and a
 * NUL sent as text/plain reached PostgreSQL (a 500) before this check.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes)
    throw new AppError("PAYLOAD_TOO_LARGE", `The body must be at most ${maxBytes} bytes.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The body must be at most ${maxBytes} bytes.`);
  }
  if (text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON.");
  }
  refuseControlCharacters(parsed);
  return parsed;
}
