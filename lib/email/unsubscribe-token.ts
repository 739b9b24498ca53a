/**
 * Signed, expiring tokens for the one-click unsubscribe link (RFC 8058). The link is opened signed out, often
 * by a mail provider's server, so the token itself must say whose e-mail to stop and prove we issued it:
 *
 *   v1.<base64url(userId)>.<expires, unix seconds>.<base64url(HMAC-SHA-256(key, "unsubscribe.v1.<id>.<exp>"))>
 *
 * Nothing is stored: the signature is the proof and the expiry is inside the signed text, so changing the id
 * or stretching the expiry breaks the signature. Pure apart from `node:crypto`; the key is passed in.
 */
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

const VERSION = "v1";
const SIGNED_PREFIX = "unsubscribe.v1";
// HKDF "info": keeps this key apart from every other use of the secret it is derived from.
const KEY_LABEL = "meal-planner/email-unsubscribe-token/v1";
const SIGNATURE_BYTES = 32;
// cuids are ~25 characters; anything far longer is not one of our ids.
const MAX_USER_ID_LENGTH = 128;
const MAX_TOKEN_LENGTH = 512;

export interface UnsubscribeTokenClaims {
  userId: string;
  expiresAt: Date;
}

export type UnsubscribeTokenCheck =
  | { isValid: true; userId: string; expiresAt: Date }
  | { isValid: false; reason: "malformed" | "bad_signature" | "expired" };

/** A 32-byte signing key for unsubscribe tokens, derived from a longer-lived secret. */
export function deriveUnsubscribeKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "", KEY_LABEL, 32));
}

export function createUnsubscribeToken(claims: UnsubscribeTokenClaims, key: Buffer): string {
  if (claims.userId.length === 0 || claims.userId.length > MAX_USER_ID_LENGTH) {
    throw new RangeError("An unsubscribe token needs a user id of 1 to 128 characters.");
  }
  const encodedId = Buffer.from(claims.userId, "utf8").toString("base64url");
  const expires = String(Math.floor(claims.expiresAt.getTime() / 1000));
  return `${VERSION}.${encodedId}.${expires}.${sign(encodedId, expires, key).toString("base64url")}`;
}

/**
 * Checks the signature before anything else, so a forged token learns nothing about expiry; compares in
 * constant time. An expired token is refused even though it was ours.
 */
export function verifyUnsubscribeToken(token: string, key: Buffer, now: Date): UnsubscribeTokenCheck {
  if (token.length > MAX_TOKEN_LENGTH) return { isValid: false, reason: "malformed" };
  const parts = token.split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) return { isValid: false, reason: "malformed" };
  const [, encodedId, expires, signature] = parts as [string, string, string, string];
  if (!/^[A-Za-z0-9_-]+$/.test(encodedId) || !/^\d{1,12}$/.test(expires)) {
    return { isValid: false, reason: "malformed" };
  }
  const given = Buffer.from(signature, "base64url");
  if (given.length !== SIGNATURE_BYTES || given.toString("base64url") !== signature) {
    return { isValid: false, reason: "malformed" };
  }
  if (!timingSafeEqual(given, sign(encodedId, expires, key)))
    return { isValid: false, reason: "bad_signature" };

  const userId = Buffer.from(encodedId, "base64url").toString("utf8");
  if (userId.length === 0 || userId.length > MAX_USER_ID_LENGTH)
    return { isValid: false, reason: "malformed" };
  const expiresAt = new Date(Number(expires) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { isValid: false, reason: "expired" };
  return { isValid: true, userId, expiresAt };
}

function sign(encodedId: string, expires: string, key: Buffer): Buffer {
  return createHmac("sha256", key).update(`${SIGNED_PREFIX}.${encodedId}.${expires}`).digest();
}
