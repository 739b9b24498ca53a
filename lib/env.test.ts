import { afterEach, describe, expect, it, vi } from "vitest";

const VALID = {
  DATABASE_URL: "postgresql://u:p@localhost:5432/db",
  BETTER_AUTH_SECRET: "x".repeat(32),
  TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
};

async function loadEnvWith(values: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(values)) vi.stubEnv(key, value);
  return import("@/lib/env");
}

describe("env", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("accepts a complete configuration and fills in defaults", async () => {
    const { env } = await loadEnvWith(VALID);
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.APP_URL).toBe("http://localhost:3000");
  });

  it("names every missing or malformed variable with the reason", async () => {
    const attempt = loadEnvWith({
      ...VALID,
      DATABASE_URL: "mysql://nope",
      BETTER_AUTH_SECRET: "short",
      TOKEN_ENCRYPTION_KEY: "not-32-bytes",
      DATABASE_POOL_SIZE: "many",
    });
    await expect(attempt).rejects.toThrow(/DATABASE_URL: must be a postgresql:\/\/ URL/);
    await expect(attempt).rejects.toThrow(/BETTER_AUTH_SECRET: must be 32\+ characters/);
    await expect(attempt).rejects.toThrow(
      /TOKEN_ENCRYPTION_KEY: must decode from base64 to exactly 32 bytes/,
    );
    await expect(attempt).rejects.toThrow(/DATABASE_POOL_SIZE/);
  });

  it("says what to do when a required secret is absent", async () => {
    await expect(loadEnvWith({ ...VALID, BETTER_AUTH_SECRET: undefined })).rejects.toThrow(
      /BETTER_AUTH_SECRET: is required/,
    );
  });
});
