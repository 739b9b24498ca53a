import { AppError } from "@/lib/errors/app-error";

/** Bodies past this are refused before they are read whole. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON request body with a size cap: a clear 400 for malformed JSON and 413 for an oversized body,
 * instead of reading whatever arrives.
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
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON.");
  }
}
