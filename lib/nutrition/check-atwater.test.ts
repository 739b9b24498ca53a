import { describe, expect, it } from "vitest";
import { ATWATER_TOLERANCE, atwaterKcal, atwaterMismatch } from "@/lib/nutrition/check-atwater";

describe("atwaterMismatch", () => {
  it("accepts targets whose macros carry the kcal target, within the tolerance", () => {
    expect(atwaterKcal({ proteinG: 150, carbsG: 200, fatG: 67 })).toBe(2003);
    expect(atwaterMismatch({ kcal: 2000, proteinG: 150, carbsG: 200, fatG: 67 })).toBeNull();
    // hand-rounded targets 7 % over
    expect(atwaterMismatch({ kcal: 2000, proteinG: 150, carbsG: 250, fatG: 60 })).toBeNull();
  });

  it("rejects 350 g protein at 1 200 kcal and names both numbers", () => {
    const message = atwaterMismatch({ kcal: 1200, proteinG: 350, carbsG: 10, fatG: 10 });
    expect(message).toContain("1530 kcal");
    expect(message).toContain("1200 kcal");
    expect(message).toContain("28 % apart");
    expect(message).toContain(`${ATWATER_TOLERANCE * 100} % allowed`);
  });

  it("draws the line at the stated tolerance, on both sides", () => {
    // 4·100 + 4·200 + 9·50 = 1 650 kcal
    expect(
      atwaterMismatch({ kcal: 1650 / (1 + ATWATER_TOLERANCE) + 1, proteinG: 100, carbsG: 200, fatG: 50 }),
    ).toBeNull();
    expect(
      atwaterMismatch({ kcal: 1650 / (1 + ATWATER_TOLERANCE) - 1, proteinG: 100, carbsG: 200, fatG: 50 }),
    ).not.toBeNull();
    expect(
      atwaterMismatch({ kcal: 1650 / (1 - ATWATER_TOLERANCE) - 1, proteinG: 100, carbsG: 200, fatG: 50 }),
    ).toBeNull();
    expect(
      atwaterMismatch({ kcal: 1650 / (1 - ATWATER_TOLERANCE) + 1, proteinG: 100, carbsG: 200, fatG: 50 }),
    ).not.toBeNull();
  });
});
