import { describe, expect, it } from "vitest";
import { describeValidationErrors } from "@/lib/forms/describe-validation-errors";

describe("describeValidationErrors", () => {
  it("collects every message, nested or not", () => {
    expect(
      describeValidationErrors({
        _errors: ["Form is off."],
        kcal: { _errors: ["Too low."] },
        a: { b: { _errors: ["Deep."] } },
      }),
    ).toBe("Form is off. Too low. Deep.");
  });
  it("falls back when there is nothing readable", () => {
    expect(describeValidationErrors(undefined)).toBe("Please check the values.");
    expect(describeValidationErrors({}, "Invalid.")).toBe("Invalid.");
  });
});
