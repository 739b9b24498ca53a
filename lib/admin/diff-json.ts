import type { Prisma } from "@/lib/db";

export interface JsonChange {
  /** The top-level key that changed; null when the values are not both objects and are compared whole. */
  key: string | null;
  /** undefined: the key is absent on that side. */
  before: Prisma.JsonValue | undefined;
  after: Prisma.JsonValue | undefined;
}

type JsonObject = { [key: string]: Prisma.JsonValue | undefined };

function isJsonObject(value: Prisma.JsonValue | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isSameJson(a: Prisma.JsonValue | undefined, b: Prisma.JsonValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => isSameJson(item, b[index]))
    );
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => isSameJson(a[key], b[key]));
  }
  return false;
}

/**
 * What an audited change did: for two objects, only the top-level keys whose values differ, sorted by key
 * (jsonb keeps no key order to respect); otherwise the whole value, if it changed at all.
 */
export function diffJson(
  before: Prisma.JsonValue | undefined,
  after: Prisma.JsonValue | undefined,
): JsonChange[] {
  if (isJsonObject(before) && isJsonObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys
      .filter((key) => !isSameJson(before[key], after[key]))
      .map((key) => ({ key, before: before[key], after: after[key] }));
  }
  return isSameJson(before, after) ? [] : [{ key: null, before, after }];
}
