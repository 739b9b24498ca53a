/**
 * Encryption at rest for third-party tokens (FatSecret). AES-256-GCM with a random 96-bit IV per value and
 * the column's purpose as additional authenticated data, so a ciphertext copied into another column or
 * tampered with fails to decrypt instead of yielding a wrong token. Format: `v1.<iv>.<tag>.<ciphertext>`
 * (base64url), so a future key rotation can tell versions apart.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;

export class TokenCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TokenCipherError";
  }
}

function keyFrom(base64Key: string): Buffer {
  const key = Buffer.from(base64Key, "base64");
  if (key.length !== 32) throw new TokenCipherError("the encryption key must be 32 bytes (base64)");
  return key;
}

export function encryptToken(plaintext: string, base64Key: string, purpose: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(base64Key), iv);
  cipher.setAAD(Buffer.from(purpose));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function decryptToken(sealed: string, base64Key: string, purpose: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) {
    throw new TokenCipherError("not an encrypted token of a known version");
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(base64Key), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    throw new TokenCipherError("token could not be decrypted: wrong key, wrong column, or tampered data");
  }
}
