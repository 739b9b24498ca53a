import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createUnsubscribeToken,
  deriveUnsubscribeKey,
  verifyUnsubscribeToken,
} from "@/lib/email/unsubscribe-token";

const KEY = deriveUnsubscribeKey("a-test-secret-that-is-long-enough-1234");
const NOW = new Date("2026-11-30T12:00:00Z");
const LATER = new Date("2027-01-30T12:00:00Z");

function token(userId = "user_ana", expiresAt = LATER) {
  return createUnsubscribeToken({ userId, expiresAt }, KEY);
}

/** Replaces one dot-separated part of a token. */
function withPart(value: string, index: number, part: string): string {
  const parts = value.split(".");
  parts[index] = part;
  return parts.join(".");
}

describe("unsubscribe tokens", () => {
  it("verify for the person they were made for, until they expire", () => {
    expect(verifyUnsubscribeToken(token(), KEY, NOW)).toEqual({
      isValid: true,
      userId: "user_ana",
      expiresAt: LATER,
    });
    expect(verifyUnsubscribeToken(token(), KEY, LATER)).toEqual({ isValid: false, reason: "expired" });
  });

  it("are URL-safe as they are", () => {
    expect(token()).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it("refuse another person's id spliced into a valid token", () => {
    const forBen = token("user_ben");
    const spliced = withPart(token("user_ana"), 1, forBen.split(".")[1]!);
    expect(verifyUnsubscribeToken(spliced, KEY, NOW)).toEqual({ isValid: false, reason: "bad_signature" });
  });

  it("refuse a stretched expiry, a changed signature and another key", () => {
    const stretched = withPart(token(), 2, String(Math.floor(LATER.getTime() / 1000) + 86_400));
    expect(verifyUnsubscribeToken(stretched, KEY, NOW)).toMatchObject({ reason: "bad_signature" });

    const signature = token().split(".")[3]!;
    const flipped = `${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`;
    expect(verifyUnsubscribeToken(withPart(token(), 3, flipped), KEY, NOW)).toMatchObject({
      reason: "bad_signature",
    });

    const otherKey = deriveUnsubscribeKey("another-secret-that-is-long-enough-5678");
    expect(verifyUnsubscribeToken(token(), otherKey, NOW)).toMatchObject({ reason: "bad_signature" });
  });

  it("refuse an expired token even when it is ours, and check the signature before the expiry", () => {
    const expired = token("user_ana", new Date("2026-11-01T00:00:00Z"));
    expect(verifyUnsubscribeToken(expired, KEY, NOW)).toEqual({ isValid: false, reason: "expired" });
    const forgedExpired = withPart(expired, 1, Buffer.from("user_ben").toString("base64url"));
    expect(verifyUnsubscribeToken(forgedExpired, KEY, NOW)).toMatchObject({ reason: "bad_signature" });
  });

  it.each([
    ["empty", ""],
    ["wrong version", withPart(token(), 0, "v2")],
    ["missing part", token().split(".").slice(0, 3).join(".")],
    ["extra part", `${token()}.x`],
    ["non-numeric expiry", withPart(token(), 2, "soon")],
    ["bad id encoding", withPart(token(), 1, "a+b/")],
    ["short signature", withPart(token(), 3, "abc")],
    ["over-long", `v1.${"a".repeat(600)}.1.x`],
  ])("call a %s token malformed", (_label, value) => {
    expect(verifyUnsubscribeToken(value, KEY, NOW)).toEqual({ isValid: false, reason: "malformed" });
  });

  it("derive different keys from different secrets", () => {
    expect(deriveUnsubscribeKey("s".repeat(32)).equals(deriveUnsubscribeKey("t".repeat(32)))).toBe(false);
    expect(deriveUnsubscribeKey("s".repeat(32))).toHaveLength(32);
  });

  it("never accept a token with any single character changed", () => {
    const original = token("cm3x9a0b10000abcdxyz12345");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: original.length - 1 }),
        fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."),
        (at, char) => {
          fc.pre(original[at] !== char);
          const changed = `${original.slice(0, at)}${char}${original.slice(at + 1)}`;
          // Includes base64url's last character, whose spare bits decode to the same bytes: only the
          // canonical spelling of a signature is accepted, and the id is signed as spelled.
          expect(verifyUnsubscribeToken(changed, KEY, NOW).isValid).toBe(false);
        },
      ),
    );
  });
});
