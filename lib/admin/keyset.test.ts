import { describe, expect, it } from "vitest";
import { COUNT_CAP, cursorParam, encodeCursor } from "@/lib/admin/keyset";
import { CONSOLE_PAGE_SIZE, paginated } from "@/lib/admin/pagination";

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

describe("page-numbered tables", () => {
  it("count to the cap and say there are more", () => {
    expect(paginated([], COUNT_CAP + 1, { page: 1 })).toMatchObject({
      total: COUNT_CAP,
      totalIsCapped: true,
      pageCount: COUNT_CAP / CONSOLE_PAGE_SIZE,
    });
    expect(paginated([], 51, { page: 2 })).toMatchObject({ total: 51, totalIsCapped: false, pageCount: 2 });
  });
});
