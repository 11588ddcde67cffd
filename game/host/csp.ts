/**
 * The Content-Security-Policy of the shipped game: scripts only from the game's own files (no inline
 * script, no eval: zod's compiled parsers are off, see content/schema.ts), styles only from its own style
 * sheet, images and sounds from its own files or made in the page. The build writes it into index.html,
 * and `vite preview` (which the tests use) sends it as a header too. Imports nothing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
