import { describe, expect, it } from "vitest";
import { lockoutSeconds } from "@/lib/auth/lockout-delay";

const policy = { freeFailures: 5, baseSeconds: 30, maxSeconds: 900 };

describe("lockoutSeconds", () => {
  it("is free for the first failures, then doubles up to the cap", () => {
    expect([1, 4, 5, 6, 7, 8, 9, 10, 50, 1000].map((n) => lockoutSeconds(n, policy))).toEqual([
      0, 0, 30, 60, 120, 240, 480, 900, 900, 900,
    ]);
  });
});
