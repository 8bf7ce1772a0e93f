import type { ServerResponse } from 'node:http';

/**
 * The Content-Security-Policy of every portal page. Everything comes from the portal's own origin;
 * each directive beyond `default-src 'self'` is there for a reason:
 * - `script-src 'self'`: the page modules, the element bundle and the compiled services. No
 *   `'unsafe-eval'` (services are compiled at build time, no ajv runs in the page) and no inline script.
 * - `style-src 'self'`: the portal stylesheet. Lit's component styles are constructable stylesheets
 *   (`adoptedStyleSheets`), which CSP does not govern, so they need no `'unsafe-inline'`.
 * - `img-src 'self'`: only the portal's own images (the coat of arms). `default-src` would say the
 *   same; it is spelled out so that nobody widens it to `data:` without noticing.
 * - `connect-src 'self'`: the intake (`fetch` of submissions and of the received XML).
 * - `object-src 'none'`, `base-uri 'none'`: no plugins, no `<base>` that reroutes relative URLs.
 * - `form-action 'self'`: forms (the search) post only to the portal; `default-src` does not cover it.
 * - `frame-ancestors 'none'`: no other site frames the portal (clickjacking); not covered by `default-src`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every response of the portal, pages, assets and API alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  // Files are what their content-type says (no MIME sniffing of the XML download or the modules).
  'x-content-type-options': 'nosniff',
  // Links to other sites carry the origin only, never the path (a Vorgangsnummer is in the path).
  'referrer-policy': 'strict-origin-when-cross-origin',
  // The form asks for no device features.
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'cross-origin-opener-policy': 'same-origin',
};

/** Sets {@link SECURITY_HEADERS} on a response. */
export function setSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
}
