/**
 * Where the renderer lives: a custom, privileged scheme instead of file://, so the page has
 * a real origin (CSP 'self' works, other local files are not same-origin) and every request
 * passes through our own handler.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'panelis';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const START_URL = `${APP_ORIGIN}/index.html`;

/**
 * True only for app://panelis/... URLs. Parsed with the WHATWG URL parser, never compared
 * as strings: `app://panelis.evil/` or `app://panelis@evil/` must not pass.
 */
export function isAppUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length === 0) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    // Node keeps the case of non-special hosts; Chromium lowercases standard schemes.
    url.hostname.toLowerCase() === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
