/**
 * Which links may leave the app for the user's browser or mail client. Shared by the main
 * process (shell.openExternal) and the browser build (window.open) so both refuse the same.
 *
 * Only https: and mailto: pass. The string must already be exactly what the URL parser
 * would produce a link from: leading/trailing whitespace or control characters are refused
 * rather than trimmed, because the WHATWG parser strips them silently and a check done on a
 * different string from the one opened is how allow-lists get bypassed. https links that
 * carry credentials (https://bank.com@evil.example/) are refused: they exist to make a user
 * misread the host and no legitimate link in this app needs them.
 */
const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);
const MAX_LENGTH = 2048;

export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_LENGTH) return false;
  if (hasCharactersTheParserRewrites(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.includes('@');
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.hostname !== '';
}

/** Space, controls, DEL, any Unicode whitespace and backslash: URL parsing drops or rewrites them. */
function hasCharactersTheParserRewrites(url: string): boolean {
  for (const char of url) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || code === 0x7f || char === '\\' || /\s/u.test(char)) return true;
  }
  return false;
}
