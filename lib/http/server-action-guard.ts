/**
 * Checks a server action request before Next.js decodes it. Next answers a foreign Origin, an oversized body,
 * malformed JSON or a 10,000-deep array with a 500 (its decoder throws, or recurses until the stack runs
 * out); these say what is wrong with a 4xx instead. Pure.
 */
export type ActionVerdict =
  { isAllowed: true } | { isAllowed: false; status: 400 | 403 | 413; message: string };

export const MAX_ACTION_JSON_DEPTH = 64;

/** Origins a browser of ours sends: the public APP_URL, and the origin the request was addressed to. */
export function isSameOrigin(origin: string | null, allowedOrigins: string[]): boolean {
  if (!origin || origin === "null") return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  return allowedOrigins.some((allowed) => {
    try {
      return new URL(allowed).origin === parsed.origin;
    } catch {
      return false;
    }
  });
}

/** Deepest nesting of arrays/objects in JSON text, counted without parsing (so without recursion). */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let isInString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (isInString) {
      if (char === "\\") i++;
      else if (char === '"') isInString = false;
    } else if (char === '"') isInString = true;
    else if (char === "[" || char === "{") deepest = Math.max(deepest, ++depth);
    else if (char === "]" || char === "}") depth--;
  }
  return deepest;
}

export function checkActionHeaders(input: {
  origin: string | null;
  allowedOrigins: string[];
  contentLength: string | null;
  maxBytes: number;
}): ActionVerdict {
  if (!isSameOrigin(input.origin, input.allowedOrigins)) {
    return { isAllowed: false, status: 403, message: "This action can only be called from this site." };
  }
  const length = Number(input.contentLength);
  if (input.contentLength !== null && Number.isFinite(length) && length > input.maxBytes) {
    return {
      isAllowed: false,
      status: 413,
      message: `The request body is larger than ${input.maxBytes} bytes.`,
    };
  }
  return { isAllowed: true };
}

/** The body of a non-multipart action is the JSON-encoded argument list. */
export function checkActionBody(text: string, maxBytes: number): ActionVerdict {
  if (new TextEncoder().encode(text).byteLength > maxBytes) {
    return { isAllowed: false, status: 413, message: `The request body is larger than ${maxBytes} bytes.` };
  }
  if (jsonNestingDepth(text) > MAX_ACTION_JSON_DEPTH) {
    return { isAllowed: false, status: 400, message: "The request is nested too deeply." };
  }
  try {
    JSON.parse(text);
  } catch {
    return { isAllowed: false, status: 400, message: "The request body is not valid JSON." };
  }
  return { isAllowed: true };
}
