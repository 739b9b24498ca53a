/**
 * Where to send someone after signing in: only a path on our own origin. `?next=` comes from the address bar,
 * and browsers read `/\host`, `/%5Chost` and `/<tab>/host` as `//host` — another site — so anything holding
 * a backslash or a control character is refused outright, and the rest must resolve to `origin` itself.
 * Pure: runs in the browser (the sign-in form) and on the server.
 */
const FALLBACK = "/";

// C0 controls, DEL and C1 controls: browsers strip tabs and newlines from URLs before parsing them.
const UNSAFE = /[\\\u0000-\u001f\u007f-\u009f]/;

export function safeNextPath(next: string | null | undefined, origin: string): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || UNSAFE.test(next)) return FALLBACK;
  let decoded: string;
  try {
    decoded = decodeURIComponent(next);
  } catch {
    return FALLBACK;
  }
  // An encoded backslash or control character is refused too: some hop may decode it once more.
  if (decoded.startsWith("//") || UNSAFE.test(decoded)) return FALLBACK;
  let resolved: URL;
  try {
    resolved = new URL(next, origin);
  } catch {
    return FALLBACK;
  }
  if (resolved.origin !== new URL(origin).origin) return FALLBACK;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
