import { describe, expect, it } from "vitest";
import { cursorParam, encodeCursor } from "@/lib/admin/keyset";

describe("keyset cursors", () => {
  it("round-trips a row's position through the address bar", () => {
    const position = { at: new Date("2026-03-01T08:30:00.123Z"), id: "cm4abc_12-x" };
    expect(cursorParam().parse(encodeCursor(position))).toEqual(position);
    expect(cursorParam().parse(undefined)).toBeUndefined();
    expect(cursorParam().parse("")).toBeUndefined();
  });

  it.each([
    "yesterday",
    "2026-03-01T08:30:00.000Z",
    "not-a-date_id",
    "2026-03-01T08:30:00.000Z_a b",
    "x".repeat(300),
  ])("refuses %j with a message that says what to do", (value) => {
    const result = cursorParam().safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/start again from the newest rows/);
  });
});
