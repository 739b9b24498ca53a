import { previewOutboxEmail } from "@/lib/email";
import { withStaff } from "@/lib/auth/with-staff";

/**
 * The rendered HTML of one outbox e-mail, for the console's preview frame. Staff only (401/403 otherwise).
 * The policy makes the document a sandbox even when opened on its own: no script, no form, no plugin, an
 * opaque origin (so no cookies or same-origin requests), nothing loaded from elsewhere, and framing only by
 * the console itself.
 */
const PREVIEW_CSP = [
  "sandbox",
  "default-src 'none'",
  // React e-mail templates style inline; images may only be inline data.
  "style-src 'unsafe-inline'",
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join("; ");

export const GET = withStaff<{ id: string }>(async (_request, { params }) => {
  const preview = await previewOutboxEmail(params.id);
  if (!preview.isRenderable) {
    return new Response(`This e-mail cannot be rendered: ${preview.reason}`, {
      status: 409,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  return new Response(preview.html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": PREVIEW_CSP,
      "x-frame-options": "SAMEORIGIN",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "cache-control": "no-store",
    },
  });
});
