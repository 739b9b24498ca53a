/**
 * The unsubscribe pages as plain HTML. `/unsubscribe` is a route handler, not a page, because the same URL
 * must answer a mail provider's RFC 8058 one-click POST; so it cannot use the app's layout. The pages need no
 * script at all (a form posts), and the one style block is allowed by its hash, so the strict policy below
 * holds whatever the app's own CSP is. Every dynamic value goes through `escapeHtml`.
 */
import { createHash } from "node:crypto";

const STYLE = `body{margin:0;background:#f5f5f4;color:#292524;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
main{max-width:28rem;margin:4rem auto;padding:2rem;background:#fff;border:1px solid #e7e5e4;border-radius:.5rem}
.brand{color:#15803d;font-weight:700;font-size:.875rem;margin:0 0 1rem}
h1{font-size:1.5rem;margin:0 0 1rem}p{line-height:1.5}a{color:#15803d}
button{background:#15803d;color:#fff;border:0;border-radius:.375rem;padding:.75rem 1.25rem;font-size:1rem;font-weight:600;cursor:pointer}
button:focus-visible{outline:3px solid #86efac;outline-offset:2px}`;

const STYLE_HASH = createHash("sha256").update(STYLE).digest("base64");

/** Nothing loads but the one style block; the form may only post back here; no framing, no referrer. */
export const UNSUBSCRIBE_PAGE_HEADERS: Record<string, string> = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
  // The token is in the URL: keep it out of caches, logs of other sites, and search engines.
  "cache-control": "no-store",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-robots-tag": "noindex",
};

export type UnsubscribePageView =
  | { kind: "confirm"; maskedEmail: string; formAction: string }
  | { kind: "already_unsubscribed"; maskedEmail: string }
  | { kind: "unsubscribed"; maskedEmail: string }
  | { kind: "refused"; message: string };

export function renderUnsubscribePage(view: UnsubscribePageView): string {
  const { title, body } = content(view);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Meal Planner</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="brand">Meal Planner</p>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

const SETTINGS_NOTE = `<p>You can turn e-mails on or off at any time in <a href="/settings">your settings</a>.</p>`;

function content(view: UnsubscribePageView): { title: string; body: string } {
  switch (view.kind) {
    case "confirm":
      return {
        title: "Stop e-mails from Meal Planner?",
        body: `<p>We will stop sending weekly plan e-mails and product news to <strong>${escapeHtml(view.maskedEmail)}</strong>.</p>
<form method="post" action="${escapeHtml(view.formAction)}">
<button type="submit">Unsubscribe</button>
</form>
${SETTINGS_NOTE}`,
      };
    case "already_unsubscribed":
      return {
        title: "You are already unsubscribed",
        body: `<p>We do not send e-mails to <strong>${escapeHtml(view.maskedEmail)}</strong>.</p>\n${SETTINGS_NOTE}`,
      };
    case "unsubscribed":
      return {
        title: "You are unsubscribed",
        body: `<p>We will not send e-mails to <strong>${escapeHtml(view.maskedEmail)}</strong> any more.</p>\n${SETTINGS_NOTE}`,
      };
    case "refused":
      return { title: "This link cannot be used", body: `<p>${escapeHtml(view.message)}</p>` };
  }
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}
