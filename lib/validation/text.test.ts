import { describe, expect, it } from "vitest";
import {
  findControlCharacter,
  hasControlCharacter,
  refuseControlCharacters,
  safeText,
} from "@/lib/validation/text";

describe("control characters", () => {
  it("safeText refuses NUL and other controls, and tabs unless multi-line", () => {
    expect(safeText().safeParse("ana\u0000").success).toBe(false);
    expect(safeText().safeParse("ana\u001b[31m").success).toBe(false);
    expect(safeText().safeParse("a\tb").success).toBe(false);
    expect(safeText({ isMultiline: true }).safeParse("a\tb\nc").success).toBe(true);
    expect(safeText({ isMultiline: true }).safeParse("a\u0000").success).toBe(false);
    expect(safeText().safeParse("Ana Müller – ok").success).toBe(true);
  });

  it("finds the first bad string anywhere in an input, keys included", () => {
    expect(findControlCharacter({ a: "ok", b: ["x", { c: "\u0000" }] })).toBe("b.1.c");
    expect(findControlCharacter({ "k\u0000": 1 })).toBe("k\u0000");
    expect(findControlCharacter({ note: "line\nnext" })).toBeNull();
    expect(findControlCharacter("\u0000")).toBe("(root)");
  });

  it("stops at the depth limit instead of recursing without end", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(findControlCharacter(deep)).toMatch(/nested too deeply/);
    expect(hasControlCharacter("plain")).toBe(false);
  });
});

describe("refuseControlCharacters", () => {
  it("throws a 400 naming the field, and lets clean input through", () => {
    expect(() => refuseControlCharacters({ job: { user_id: "\u0000" } })).toThrow(
      /The field “job.user_id” must not contain control characters/,
    );
    expect(() => refuseControlCharacters({ job: { user_id: "ann" }, note: "two\nlines" })).not.toThrow();
  });
});
