/**
 * Control characters at the boundary: PostgreSQL refuses NUL in text (error 22021, which used to surface as a
 * 500), and the other C0/C1 controls have no business in names, filters or ids. Every boundary refuses them
 * through these helpers — zod schemas use `safeText()`, the route wrapper and the action client check whole
 * inputs with `findControlCharacter` — so no layer behind them needs to care. Tab, newline and carriage return
 * stay allowed in multi-line text only. Pure.
 */
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export const CONTROL_CHARACTER_MESSAGE = "must not contain control characters";

export function hasControlCharacter(text: string, options: { isMultiline?: boolean } = {}): boolean {
  return (options.isMultiline ? CONTROL_EXCEPT_WHITESPACE : CONTROL).test(text);
}

/** A string schema that refuses control characters (tabs and newlines too unless `isMultiline`). */
export function safeText(options: { isMultiline?: boolean; label?: string } = {}) {
  const message = options.label ? `${options.label} ${CONTROL_CHARACTER_MESSAGE}.` : undefined;
  return z.string().refine((text) => !hasControlCharacter(text, options), {
    message: message ?? `Text ${CONTROL_CHARACTER_MESSAGE}.`,
  });
}

/**
 * The path of the first string (or object key) in `value` holding a character no input may carry (NUL and
 * the controls other than tab/newline/return), or null. Walks at most `maxDepth` levels: deeper input is
 * reported at the cut-off, so a hostile nesting cannot exhaust the stack.
 */
export function findControlCharacter(value: unknown, maxDepth = 64): string | null {
  const walk = (node: unknown, path: string, depth: number): string | null => {
    if (typeof node === "string")
      return hasControlCharacter(node, { isMultiline: true }) ? path || "(root)" : null;
    if (node === null || typeof node !== "object") return null;
    if (depth >= maxDepth) return `${path || "(root)"} (nested too deeply)`;
    const entries: [string, unknown][] = Array.isArray(node)
      ? node.map((item, index) => [String(index), item])
      : Object.entries(node as Record<string, unknown>);
    for (const [key, item] of entries) {
      const itemPath = path ? `${path}.${key}` : key;
      if (hasControlCharacter(key, { isMultiline: false })) return itemPath;
      const found = walk(item, itemPath, depth + 1);
      if (found) return found;
    }
    return null;
  };
  return walk(value, "", 0);
}

/** Refuses (a 400 naming the field) any input holding a control character; see `findControlCharacter`. */
export function refuseControlCharacters(value: unknown): void {
  const badField = findControlCharacter(value);
  if (badField) {
    throw new AppError(
      "BAD_REQUEST",
      `The field “${badField.slice(0, 80)}” must not contain control characters.`,
    );
  }
}
