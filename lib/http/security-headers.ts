/**
 * The security headers every response carries, and the Content-Security-Policy of pages. Scripts run only
 * with this request's nonce (Next.js reads it from the request's CSP header and puts it on its own script
 * tags; `'strict-dynamic'` lets those load their chunks); styles allow inline style attributes, which React
 * and the charts set, but no other origin. Pure.
 */
export interface SecurityHeaderOptions {
  nonce: string;
  isHttps: boolean;
  /** `next dev` needs eval for fast refresh and a websocket for HMR. */
  isDevelopment: boolean;
}

export function contentSecurityPolicy({ nonce, isHttps, isDevelopment }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${isDevelopment ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(options),
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
    "permissions-policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()",
    "cross-origin-opener-policy": "same-origin",
    ...(options.isHttps ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** 128 random bits, base64: unguessable per response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
