import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../main/electron/sender';

const top = (url: string) => ({ url, parent: null });

describe('isTrustedSender', () => {
  it('accepts the top frame of the app page', () => {
    expect(isTrustedSender(top('app://panelis/index.html'))).toBe(true);
    expect(isTrustedSender(top('app://panelis/index.html#/seleksi'))).toBe(true);
  });

  it('refuses a missing frame (navigated away or destroyed)', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('refuses any sub-frame, even one on the app origin', () => {
    const parent = top('app://panelis/index.html');
    expect(isTrustedSender({ url: 'app://panelis/index.html', parent })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent })).toBe(false);
  });

  it('refuses a frame whose parent is not exactly null', () => {
    expect(isTrustedSender({ url: 'app://panelis/index.html', parent: undefined })).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:5173/',
    'file:///opt/panelis/out/renderer/index.html',
    'app://other/index.html',
    'app://panelis.evil/index.html',
    'about:blank',
    'data:text/html,x',
    '',
  ])('refuses a top frame on %s', (url) => {
    expect(isTrustedSender(top(url))).toBe(false);
  });

  it('refuses a frame that throws when read (disposed)', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
      parent: null,
    };
    expect(isTrustedSender(disposed)).toBe(false);
  });
});
