import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import {
  denyWindowOpen,
  hardenWebContents,
  isAllowedNavigation,
  isAllowedRequest,
  preventUnlessAllowed,
} from '../../../main/electron/navigation';

describe('isAllowedNavigation', () => {
  it.each(['app://panelis/', 'app://panelis/index.html', 'app://panelis/index.html#/seleksi/3', 'APP://PANELIS/index.html'])(
    'allows %s',
    (url) => expect(isAllowedNavigation(url)).toBe(true),
  );

  it.each([
    'http://panelis/',
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://panelis/123',
    'about:blank',
    'app://other/',
    'app://panelis.evil.com/',
    'app://evil.com/panelis/',
    'app://panelis@evil.com/',
    'app://user:pw@panelis/',
    'app://panelis:8080/',
    'app:panelis/index.html',
    'app:/panelis/index.html',
    'panelis/index.html',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isAllowedNavigation(url)).toBe(false));

  it('refuses non-strings', () => {
    expect(isAllowedNavigation(undefined)).toBe(false);
    expect(isAllowedNavigation(null)).toBe(false);
    expect(isAllowedNavigation({ toString: () => 'app://panelis/' })).toBe(false);
  });
});

describe('navigation events and new windows', () => {
  it('denies every window.open / target=_blank', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('prevents navigation away from the app, lets the app navigate within itself', () => {
    const away = { url: 'https://example.com/', preventDefault: vi.fn() };
    preventUnlessAllowed(away);
    expect(away.preventDefault).toHaveBeenCalledOnce();
    const inside = { url: 'app://panelis/index.html#/x', preventDefault: vi.fn() };
    preventUnlessAllowed(inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('hardens a webContents: open handler, navigation, redirect and webview guards', () => {
    const listeners = new Map<string, (event: { url?: string; preventDefault(): void }) => void>();
    let openHandler: (() => unknown) | undefined;
    const contents = {
      setWindowOpenHandler: (h: () => unknown) => {
        openHandler = h;
      },
      on: (name: string, listener: (event: { url?: string; preventDefault(): void }) => void) => {
        listeners.set(name, listener);
        return contents;
      },
    };
    hardenWebContents(contents as unknown as Pick<WebContents, 'setWindowOpenHandler' | 'on'>);
    expect(openHandler?.()).toEqual({ action: 'deny' });
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const event = { url: 'https://attacker.example/', preventDefault: vi.fn() };
      listeners.get(name)?.(event);
      expect(event.preventDefault, name).toHaveBeenCalledOnce();
    }
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('isAllowedRequest (offline: the renderer fetches nothing from outside)', () => {
  it.each(['app://panelis/assets/index.js', 'data:image/png;base64,AAAA', 'blob:app://panelis/1b2c'])('allows %s', (url) =>
    expect(isAllowedRequest(url, { devTools: false })).toBe(true),
  );

  it.each([
    'https://fonts.googleapis.com/css',
    'http://127.0.0.1:8080/',
    'ws://127.0.0.1:9229/',
    'file:///home/user/.ssh/id_rsa',
    'blob:https://evil.example/1',
    'app://other/x.js',
    'devtools://devtools/bundled/inspector.html',
  ])('cancels %s', (url) => expect(isAllowedRequest(url, { devTools: false })).toBe(false));

  it('allows DevTools only in development', () => {
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', { devTools: true })).toBe(true);
  });
});
