import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bucketFor } from "@/lib/flags";

async function sqlBuckets(pairs: [string, string][]): Promise<number[]> {
  const rows = await db.$queryRaw<{ bucket: number }[]>`
    SELECT flag_bucket(p.flag, p.user_id) AS bucket
    FROM unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::text[]) WITH ORDINALITY
      AS p(flag, user_id, n)
    ORDER BY p.n`;
  return rows.map((row) => row.bucket);
}

describe("flag_bucket (SQL)", () => {
  it("equals bucketFor for every key length, including cuids and the empty string", async () => {
    const pairs: [string, string][] = [
      ["phase3_generation_engine", "cmabc123xyz0000def456ghi"],
      ["f", ""],
      ["", "u"],
      ["ab", "c"],
      ["abc", "de"],
      ["phase3_generation_engine", "user-1"],
    ];
    expect(await sqlBuckets(pairs)).toEqual(pairs.map(([flag, user]) => bucketFor(flag, user)));
  });

  it("equals bucketFor for arbitrary ASCII flag keys and user ids", async () => {
    const ascii = fc.string({ unit: fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c)) });
    const pairs = fc.sample(fc.tuple(ascii, ascii), { numRuns: 500, seed: 42 });
    expect(await sqlBuckets(pairs)).toEqual(pairs.map(([flag, user]) => bucketFor(flag, user)));
  });
});
