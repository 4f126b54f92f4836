/**
 * HARD-5: the headers the built console is served with (by `npm start`, the e2e runs, and any
 * static host: `dist/_headers` carries them in the format Netlify and Cloudflare Pages read).
 * No inline script, no eval, requests only to this origin (the mock service worker answers the
 * API in the page), never framed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // The favicon is an empty data: URL (index.html), so no request is made for one.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  // The service worker's scope is the site root; it is served from there.
  "Service-Worker-Allowed": "/",
};

/** `dist/_headers`: every path gets the headers. */
export function headersFile(): string {
  return `/*\n${Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join("\n")}\n`;
}
