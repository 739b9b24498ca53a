import { openToken, sealToken } from "@/lib/crypto";
import type { OAuthTokenPair } from "@/lib/integrations/fatsecret/fatsecret-client";

// The purpose binds each ciphertext to its column: a token pasted into another column will not decrypt.
const ACCESS_TOKEN = "fatsecret_connections.access_token_enc";
const ACCESS_SECRET = "fatsecret_connections.access_secret_enc";
export const REQUEST_SECRET = "fatsecret_oauth_requests.token_secret_enc";

export function sealAccessTokens(pair: OAuthTokenPair): { accessTokenEnc: string; accessSecretEnc: string } {
  return {
    accessTokenEnc: sealToken(pair.token, ACCESS_TOKEN),
    accessSecretEnc: sealToken(pair.tokenSecret, ACCESS_SECRET),
  };
}

export function openAccessTokens(row: {
  accessTokenEnc: string;
  accessSecretEnc: string | null;
}): OAuthTokenPair {
  return {
    token: openToken(row.accessTokenEnc, ACCESS_TOKEN),
    tokenSecret: row.accessSecretEnc ? openToken(row.accessSecretEnc, ACCESS_SECRET) : "",
  };
}
