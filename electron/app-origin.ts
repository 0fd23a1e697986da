/**
 * The renderer is served from app://homebound/ (see protocol.ts). A standard, secure custom
 * scheme gives the page a real origin for IndexedDB and fetch without opening a file:// hole.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'homebound';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs on the app's own origin; anything unparsable is foreign. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
