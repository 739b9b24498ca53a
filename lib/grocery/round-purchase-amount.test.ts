import { describe, expect, it } from "vitest";
import { formatAmount } from "./format-amount";
import { roundPurchaseAmount } from "./round-purchase-amount";

describe("roundPurchaseAmount", () => {
  it.each([
    [3.2, "g", 4, "g"],
    [123, "g", 130, "g"],
    [130, "g", 130, "g"],
    [501, "g", 550, "g"],
    [999, "g", 1, "kg"],
    [1001, "g", 1.1, "kg"],
    [1250, "ml", 1.3, "l"],
    [480, "ml", 480, "ml"],
    [0, "g", 0, "g"],
    [1.25, "can", 2, "can"],
    [2.0000000001, "piece", 2, "piece"],
  ] as const)("%d %s → %d %s", (exact, unit, amount, purchaseUnit) => {
    expect(roundPurchaseAmount(exact, unit)).toEqual({ amount, unit: purchaseUnit });
  });

  it("never rounds below the exact amount", () => {
    for (let grams = 0.5; grams < 3000; grams += 7.3) {
      const { amount, unit } = roundPurchaseAmount(grams, "g");
      expect(unit === "kg" ? amount * 1000 : amount).toBeGreaterThanOrEqual(grams);
    }
  });
});

describe("formatAmount", () => {
  it("pluralises count units and trims decimals", () => {
    expect(formatAmount(1, "can")).toBe("1 can");
    expect(formatAmount(3, "clove")).toBe("3 cloves");
    expect(formatAmount(1.3, "kg")).toBe("1.3 kg");
    expect(formatAmount(333.3333, "g")).toBe("333.33 g");
  });
});
