/**
 * The page's Content-Security-Policy, shared by the renderer build (a meta tag) and the
 * desktop shell (a response header on app://), so the browser build and the desktop app
 * forbid the same things: inline script, eval and every remote origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
