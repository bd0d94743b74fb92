import type { WebContents, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './origin';

/** Only the app's own pages may be navigated to; everything else is refused. */
export function isAllowedNavigation(url: unknown): boolean {
  return isAppUrl(url);
}

/**
 * No new windows, ever. External links are not opened either (for now): shell.openExternal
 * with renderer-supplied URLs is checklist item 15, and Panelis has no need for it yet.
 */
export function denyWindowOpen(): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

export interface NavigationEventLike {
  readonly url: string;
  preventDefault(): void;
}

/** will-navigate / will-frame-navigate / will-redirect guard. */
export function preventUnlessAllowed(event: NavigationEventLike): void {
  if (!isAllowedNavigation(event.url)) event.preventDefault();
}

/**
 * What the renderer's session may fetch at all: the app's own files, data: and blob: URLs
 * the page made itself, and DevTools in development. Panelis is offline; any http(s), ws(s)
 * or file: request from a renderer is a bug or an attack, so it is cancelled even if the CSP
 * were somehow bypassed.
 */
export function isAllowedRequest(url: string, opts: { devTools: boolean }): boolean {
  if (isAppUrl(url)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:') return true;
  if (parsed.protocol === 'blob:') return isAppUrl(url.slice('blob:'.length));
  if (parsed.protocol === 'devtools:') return opts.devTools;
  return false;
}

type GuardableContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/** Applied to every webContents the app creates (app 'web-contents-created'). */
export function hardenWebContents(contents: GuardableContents): void {
  contents.setWindowOpenHandler(denyWindowOpen);
  contents.on('will-navigate', preventUnlessAllowed);
  contents.on('will-frame-navigate', preventUnlessAllowed);
  contents.on('will-redirect', preventUnlessAllowed);
  // webviewTag is off; refuse anyway in case a future option turns it on by mistake.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
