import { describe, expect, it } from "vitest";
import { formatDuration, formatJsonValue, formatUtcDateTime } from "@/lib/admin/format";

describe("formatDuration", () => {
  it.each([
    [null, "—"],
    [-1, "—"],
    [0, "0 ms"],
    [850, "850 ms"],
    [1_200, "1.2 s"],
    [59_940, "59.9 s"],
    [59_960, "1 min"],
    [185_000, "3 min 5 s"],
  ])("%s ms reads %s", (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe("formatUtcDateTime", () => {
  it("prints UTC whatever the process's zone", () => {
    expect(formatUtcDateTime(new Date("2026-03-01T08:30:05.123+02:00"))).toBe("2026-03-01 06:30:05");
  });
});

describe("formatJsonValue", () => {
  it("prints compact JSON and a dash for absent values", () => {
    expect(formatJsonValue({ a: [1, "b"] })).toBe('{"a":[1,"b"]}');
    expect(formatJsonValue(null)).toBe("null");
    expect(formatJsonValue(undefined)).toBe("—");
  });
});
