import { describe, expect, it } from "vitest";
import { diffJson, isSameJson } from "@/lib/admin/diff-json";

describe("diffJson", () => {
  it("lists only the top-level keys whose values changed, sorted by key", () => {
    expect(
      diffJson(
        { enabledGlobally: false, rolloutPercentage: 10, killSwitch: false, tags: ["a"] },
        { enabledGlobally: false, rolloutPercentage: 25, killSwitch: false, tags: ["a"], note: "x" },
      ),
    ).toEqual([
      { key: "note", before: undefined, after: "x" },
      { key: "rolloutPercentage", before: 10, after: 25 },
    ]);
  });

  it("reports a removed key with an absent after value", () => {
    expect(diffJson({ reason: "spike" }, {})).toEqual([{ key: "reason", before: "spike", after: undefined }]);
  });

  it("compares nested values by content, not identity", () => {
    expect(
      diffJson({ stage: { percentage: 5, soak: [1, 2] } }, { stage: { soak: [1, 2], percentage: 5 } }),
    ).toEqual([]);
    expect(diffJson({ stage: { soak: [1, 2] } }, { stage: { soak: [2, 1] } })).toHaveLength(1);
  });

  it("compares non-objects whole", () => {
    expect(diffJson(null, { killSwitch: true })).toEqual([
      { key: null, before: null, after: { killSwitch: true } },
    ]);
    expect(diffJson(3, 3)).toEqual([]);
    expect(diffJson([1], { 0: 1 })).toEqual([{ key: null, before: [1], after: { 0: 1 } }]);
  });

  it("tells arrays from objects with the same keys", () => {
    expect(isSameJson([], {})).toBe(false);
    expect(isSameJson({ a: null }, {})).toBe(false);
  });
});
