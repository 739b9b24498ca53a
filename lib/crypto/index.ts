import { env } from "@/lib/env";
import { decryptToken, encryptToken } from "@/lib/crypto/token-cipher";

export { TokenCipherError } from "@/lib/crypto/token-cipher";

/** Seals a third-party token with the app's TOKEN_ENCRYPTION_KEY; `purpose` names the column it goes in. */
export function sealToken(plaintext: string, purpose: string): string {
  return encryptToken(plaintext, env.TOKEN_ENCRYPTION_KEY, purpose);
}

export function openToken(sealed: string, purpose: string): string {
  return decryptToken(sealed, env.TOKEN_ENCRYPTION_KEY, purpose);
}
