/**
 * Secrets for local runs. Real deployments set them in the environment; on a laptop they are generated once
 * and kept in the git-ignored .data folder, so sessions and encrypted tokens survive restarts.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SECRETS_FILE = path.resolve(import.meta.dirname, "../../.data/dev-secrets.json");

export interface LocalSecrets {
  BETTER_AUTH_SECRET: string;
  TOKEN_ENCRYPTION_KEY: string;
  METRICS_TOKEN: string;
}

export function generateSecrets(): LocalSecrets {
  return {
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    METRICS_TOKEN: randomBytes(24).toString("base64url"),
  };
}

export function loadOrCreateLocalSecrets(): LocalSecrets {
  if (fs.existsSync(SECRETS_FILE)) return JSON.parse(fs.readFileSync(SECRETS_FILE, "utf8")) as LocalSecrets;
  const secrets = generateSecrets();
  fs.mkdirSync(path.dirname(SECRETS_FILE), { recursive: true });
  fs.writeFileSync(SECRETS_FILE, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** Values from the environment win; generated ones only fill gaps. */
export function withLocalSecrets(env: NodeJS.ProcessEnv, secrets: LocalSecrets): NodeJS.ProcessEnv {
  return {
    ...env,
    BETTER_AUTH_SECRET: env.BETTER_AUTH_SECRET || secrets.BETTER_AUTH_SECRET,
    TOKEN_ENCRYPTION_KEY: env.TOKEN_ENCRYPTION_KEY || secrets.TOKEN_ENCRYPTION_KEY,
    METRICS_TOKEN: env.METRICS_TOKEN || secrets.METRICS_TOKEN,
  };
}
