import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TokenCipherError, decryptToken, encryptToken } from "@/lib/crypto/token-cipher";

const KEY = randomBytes(32).toString("base64");

describe("token cipher", () => {
  it("round-trips any token and never stores the plaintext", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 12 }), (token) => {
        const sealed = encryptToken(token, KEY, "fatsecret.access_token");
        expect(sealed).not.toContain(token);
        expect(decryptToken(sealed, KEY, "fatsecret.access_token")).toBe(token);
      }),
      { numRuns: 50 },
    );
  });

  it("uses a fresh IV each time", () => {
    expect(encryptToken("same", KEY, "p")).not.toBe(encryptToken("same", KEY, "p"));
  });

  it("refuses another key, another column, or tampered data", () => {
    const sealed = encryptToken("secret-token", KEY, "fatsecret.access_token");
    expect(() => decryptToken(sealed, randomBytes(32).toString("base64"), "fatsecret.access_token")).toThrow(
      TokenCipherError,
    );
    expect(() => decryptToken(sealed, KEY, "fatsecret.refresh_token")).toThrow(TokenCipherError);
    const parts = sealed.split(".");
    const flipped = [...parts.slice(0, 3), `A${parts[3]?.slice(1)}`].join(".");
    expect(() => decryptToken(flipped, KEY, "fatsecret.access_token")).toThrow(TokenCipherError);
    expect(() => decryptToken("plain-text-token", KEY, "fatsecret.access_token")).toThrow(/known version/);
  });
});
