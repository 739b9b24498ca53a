const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

/**
 * On a developer's machine the same server answers as localhost, 127.0.0.1 and [::1] (`next dev` prints
 * the 127.0.0.1 address it binds to, the README says localhost): each must be a trusted origin, or signing
 * in from the other one fails with "Invalid origin". Only for a loopback APP_URL outside production. Pure.
 */
export function loopbackOrigins(appUrl: string, nodeEnv: string): string[] {
  const url = new URL(appUrl);
  if (nodeEnv === "production" || !LOOPBACK_NAMES.includes(url.hostname)) return [];
  return LOOPBACK_NAMES.map((name) => `${url.protocol}//${name}${url.port ? `:${url.port}` : ""}`);
}
