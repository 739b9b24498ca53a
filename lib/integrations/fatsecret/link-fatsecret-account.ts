import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { openToken, sealToken } from "@/lib/crypto";
import { parseInput } from "@/lib/flags/server";
import { REQUEST_SECRET, sealAccessTokens } from "@/lib/integrations/fatsecret/connection-tokens";
import {
  authorizeUrl,
  fetchAccessToken,
  fetchRequestToken,
} from "@/lib/integrations/fatsecret/fatsecret-client";

// FatSecret's request tokens live about 15 minutes; ours expire with them.
const REQUEST_TTL_MS = 15 * 60_000;

export const FATSECRET_CALLBACK_PATH = "/api/fatsecret/callback";

/**
 * OAuth 1.0 step 1: a request token bound to our callback, its secret sealed until the callback, and the
 * URL where the person approves the link.
 */
export async function startFatSecretLink(
  userId: string,
  now = new Date(),
): Promise<{ authorizeUrl: string }> {
  const request = await fetchRequestToken(`${env.APP_URL}${FATSECRET_CALLBACK_PATH}`);
  await db.$transaction([
    // Expired requests of anyone, so abandoned attempts do not pile up.
    db.fatSecretOAuthRequest.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.fatSecretOAuthRequest.create({
      data: {
        token: request.token,
        userId,
        tokenSecretEnc: sealToken(request.tokenSecret, REQUEST_SECRET),
        expiresAt: new Date(now.getTime() + REQUEST_TTL_MS),
      },
    }),
  ]);
  return { authorizeUrl: authorizeUrl(request.token) };
}

export const FatSecretCallbackSchema = z.object({
  oauth_token: z.string().min(1, "oauth_token is missing").max(200),
  oauth_verifier: z.string().min(1, "oauth_verifier is missing: the link was not approved").max(200),
});
export type FatSecretCallback = z.infer<typeof FatSecretCallbackSchema>;

/**
 * OAuth 1.0 step 3: the approved request token (which must be this person's and still fresh) and its
 * verifier become an access token, stored only as AES-256-GCM ciphertexts. Linking again replaces the tokens.
 */
export async function completeFatSecretLink(
  userId: string,
  input: FatSecretCallback,
  now = new Date(),
): Promise<{ linkedAt: Date }> {
  const { oauth_token: token, oauth_verifier: verifier } = parseInput(FatSecretCallbackSchema, input);
  const request = await db.fatSecretOAuthRequest.findUnique({ where: { token } });
  if (!request || request.userId !== userId || request.expiresAt < now) {
    throw new AppError(
      "BAD_REQUEST",
      "This FatSecret link request is unknown or expired. Start linking again.",
    );
  }
  const access = await fetchAccessToken(
    { token, tokenSecret: openToken(request.tokenSecretEnc, REQUEST_SECRET) },
    verifier,
  );
  const sealed = sealAccessTokens(access);
  const [connection] = await db.$transaction([
    db.fatSecretConnection.upsert({
      where: { userId },
      create: { userId, ...sealed, connectedAt: now },
      update: { ...sealed, connectedAt: now, lastError: null, lastErrorAt: null, isAutoSyncEnabled: true },
    }),
    db.fatSecretOAuthRequest.delete({ where: { token } }),
  ]);
  return { linkedAt: connection.connectedAt };
}
