import { describe, expect, it } from "vitest";
import { loopbackOrigins } from "@/lib/auth/loopback-origins";

describe("loopbackOrigins", () => {
  it("trusts every loopback name for a local APP_URL in development", () => {
    expect(loopbackOrigins("http://localhost:3000", "development")).toEqual([
      "http://localhost:3000",
      "http://127.0.0.1:3000",
      "http://[::1]:3000",
    ]);
  });

  it("trusts nothing extra in production or for a public APP_URL", () => {
    expect(loopbackOrigins("http://localhost:3000", "production")).toEqual([]);
    expect(loopbackOrigins("https://meals.example.com", "development")).toEqual([]);
  });
});
