import fc from "fast-check";
import * as murmurhash3js from "murmurhash3js";
import { describe, expect, it } from "vitest";
import { BUCKET_COUNT, bucketFor, isInRollout, percentageToBasisPoints } from "@/lib/flags/bucket";
import { hashFlagUser } from "@/lib/flags/hash-key";

const FLAG = "phase3_generation_engine";
const USER_COUNT = 100_000;
const userIds = Array.from({ length: USER_COUNT }, (_, i) => `user-${i}`);

describe("hashFlagUser", () => {
  it("matches the MurmurHash3 x86_32 reference vector", () => {
    // 0x248bfa47 is the reference output for "hello", seed 0: proves the oracle itself is the real hash.
    expect(murmurhash3js.x86.hash32("hello", 0)).toBe(0x248bfa47);
    expect(hashFlagUser(FLAG, "user-1")).toBe(murmurhash3js.x86.hash32(`${FLAG}:user-1`, 0));
  });

  it("agrees bit for bit with murmurhash3js on the concatenated key for any strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (flagKey, userId) => {
        expect(hashFlagUser(flagKey, userId)).toBe(murmurhash3js.x86.hash32(`${flagKey}:${userId}`, 0));
      }),
      { numRuns: 2_000 },
    );
  });

  it("agrees on every split of key and user id lengths around the 4-byte block boundary", () => {
    const alphabet = "aZ9_-:é\u{1F600}xyzQ";
    for (let keyLength = 0; keyLength <= 9; keyLength++) {
      for (let userLength = 0; userLength <= 9; userLength++) {
        const flagKey = alphabet.slice(0, keyLength);
        const userId = alphabet.slice(keyLength % 5, (keyLength % 5) + userLength);
        expect(hashFlagUser(flagKey, userId)).toBe(murmurhash3js.x86.hash32(`${flagKey}:${userId}`, 0));
      }
    }
  });

  it("honours a non-zero seed the same way", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.integer({ min: 1, max: 0x7fffffff }),
        (flagKey, userId, seed) => {
          expect(hashFlagUser(flagKey, userId, seed)).toBe(
            murmurhash3js.x86.hash32(`${flagKey}:${userId}`, seed),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("bucketFor", () => {
  it("is pinned: changing the hash would silently reshuffle every live rollout", () => {
    expect(bucketFor(FLAG, "user-1")).toBe(6225);
  });

  it("is stable across calls and always in [0, 10000)", () => {
    for (const id of userIds.slice(0, 1_000)) {
      const bucket = bucketFor(FLAG, id);
      expect(bucketFor(FLAG, id)).toBe(bucket);
      expect(Number.isInteger(bucket)).toBe(true);
      expect(bucket).toBeGreaterThanOrEqual(0);
      expect(bucket).toBeLessThan(BUCKET_COUNT);
    }
  });

  it("spreads 100,000 ids uniformly: every percentile holds 1 % ± 0.2 percentage points", () => {
    const bins = new Array<number>(100).fill(0);
    for (const id of userIds) {
      const bin = Math.floor(bucketFor(FLAG, id) / 100);
      bins[bin] = (bins[bin] ?? 0) + 1;
    }
    for (const count of bins) {
      const share = (count / USER_COUNT) * 100;
      expect(share).toBeGreaterThanOrEqual(0.8);
      expect(share).toBeLessThanOrEqual(1.2);
    }
  });

  it("gives independent buckets for different flag keys", () => {
    const a = userIds.map((id) => bucketFor("flag-a", id));
    const b = userIds.map((id) => bucketFor("flag-b", id));
    const mean = (xs: number[]): number => xs.reduce((sum, x) => sum + x, 0) / xs.length;
    const meanA = mean(a);
    const meanB = mean(b);
    let covariance = 0;
    let varianceA = 0;
    let varianceB = 0;
    let bothInFivePercent = 0;
    for (let i = 0; i < USER_COUNT; i++) {
      const da = (a[i] ?? 0) - meanA;
      const db = (b[i] ?? 0) - meanB;
      covariance += da * db;
      varianceA += da * da;
      varianceB += db * db;
      if ((a[i] ?? BUCKET_COUNT) < 500 && (b[i] ?? BUCKET_COUNT) < 500) bothInFivePercent++;
    }
    const correlation = covariance / Math.sqrt(varianceA * varianceB);
    expect(Math.abs(correlation)).toBeLessThan(0.02);
    // Independent 5 % cohorts overlap on about 5 % × 5 % = 0.25 % of users (250 of 100,000).
    expect(bothInFivePercent).toBeGreaterThan(150);
    expect(bothInFivePercent).toBeLessThan(350);
  });
});

describe("percentageToBasisPoints", () => {
  it("absorbs float noise and clamps to [0, 10000]", () => {
    expect(percentageToBasisPoints(0.29)).toBe(29);
    expect(percentageToBasisPoints(12.34)).toBe(1234);
    expect(percentageToBasisPoints(5)).toBe(500);
    expect(percentageToBasisPoints(-3)).toBe(0);
    expect(percentageToBasisPoints(Number.NaN)).toBe(0);
    expect(percentageToBasisPoints(100)).toBe(10_000);
    expect(percentageToBasisPoints(250)).toBe(10_000);
  });
});

describe("isInRollout", () => {
  it("admits about the requested share of users", () => {
    for (const percentage of [5, 25, 50]) {
      const admitted = userIds.filter((id) => isInRollout(FLAG, id, percentage)).length;
      expect(Math.abs((admitted / USER_COUNT) * 100 - percentage)).toBeLessThan(0.5);
    }
    expect(userIds.every((id) => isInRollout(FLAG, id, 100))).toBe(true);
    expect(userIds.some((id) => isInRollout(FLAG, id, 0))).toBe(false);
  });

  it("keeps every 5 % user when raised to 25 %", () => {
    const atFive = userIds.filter((id) => isInRollout(FLAG, id, 5));
    expect(atFive.length).toBeGreaterThan(0);
    expect(atFive.every((id) => isInRollout(FLAG, id, 25))).toBe(true);
  });

  it("removes the highest buckets first when lowered", () => {
    const atTwentyFive = userIds.filter((id) => isInRollout(FLAG, id, 25));
    const kept = atTwentyFive.filter((id) => isInRollout(FLAG, id, 5));
    const removed = atTwentyFive.filter((id) => !isInRollout(FLAG, id, 5));
    const highestKept = Math.max(...kept.map((id) => bucketFor(FLAG, id)));
    const lowestRemoved = Math.min(...removed.map((id) => bucketFor(FLAG, id)));
    expect(highestKept).toBeLessThan(lowestRemoved);
  });

  it("is monotonic: in at p % implies in at every q > p", () => {
    const twoDecimalPercent = fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100);
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.string(),
        twoDecimalPercent,
        twoDecimalPercent,
        (flagKey, userId, x, y) => {
          fc.pre(x !== y);
          const [p, q] = x < y ? [x, y] : [y, x];
          if (isInRollout(flagKey, userId, p)) expect(isInRollout(flagKey, userId, q)).toBe(true);
          if (!isInRollout(flagKey, userId, q)) expect(isInRollout(flagKey, userId, p)).toBe(false);
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
