import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/http/security-headers";

describe("security headers", () => {
  it("sets a nonce-based CSP that forbids framing, and the other headers", () => {
    const headers = securityHeaders({ nonce: "abc123", isHttps: false, isDevelopment: false });
    expect(headers["content-security-policy"]).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
    expect(headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    expect(headers["permissions-policy"]).toMatch(/camera=\(\).*geolocation=\(\)/);
    expect(headers).not.toHaveProperty("strict-transport-security");
  });

  it("adds HSTS only when the app is served over https", () => {
    const headers = securityHeaders({ nonce: "n", isHttps: true, isDevelopment: false });
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
    expect(headers["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  it("allows eval and the HMR websocket in development only", () => {
    expect(contentSecurityPolicy({ nonce: "n", isHttps: false, isDevelopment: true })).toContain(
      "'unsafe-eval'",
    );
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const a = createNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(createNonce()).not.toBe(a);
  });
});
