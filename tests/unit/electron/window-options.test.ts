import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_SIZE, secureWindowOptions } from '../../../main/electron/window-options';

const preloadPath = path.resolve('/opt/panelis/out/preload/preload.js');

describe('secureWindowOptions', () => {
  const options = secureWindowOptions({ preloadPath, devTools: false });
  const web = options.webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['spellcheck', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
  ] as const)('sets %s to %s explicitly', (key, value) => {
    expect(web[key]).toBe(value);
  });

  it('enables no Blink features and adds no extra scripts or partitions', () => {
    expect(web.enableBlinkFeatures).toBeUndefined();
    expect(web.additionalArguments).toBeUndefined();
    expect(web.partition).toBeUndefined();
    expect(web.session).toBeUndefined();
  });

  it('uses the given absolute preload and refuses a relative one', () => {
    expect(web.preload).toBe(preloadPath);
    expect(() => secureWindowOptions({ preloadPath: 'out/preload/preload.js', devTools: false })).toThrow(/absolute/);
  });

  it('turns DevTools off unless asked (packaged builds)', () => {
    expect(web.devTools).toBe(false);
    expect(secureWindowOptions({ preloadPath, devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('is titled Panelis, 1366x768, min 1024x640, hidden until ready-to-show', () => {
    expect(options).toMatchObject({ title: 'Panelis', width: 1366, height: 768, minWidth: 1024, minHeight: 640, show: false });
  });

  it('fits a small work area instead of overflowing it', () => {
    const small = secureWindowOptions({ preloadPath, devTools: false, workArea: { width: 1366, height: 728 } });
    expect(small.height).toBe(728);
    expect(small.width).toBe(1366);
    const tiny = secureWindowOptions({ preloadPath, devTools: false, workArea: { width: 1000, height: 600 } });
    expect(tiny).toMatchObject({ width: 1000, height: 600, minWidth: 1000, minHeight: 600 });
    expect(MIN_SIZE).toEqual({ width: 1024, height: 640 });
  });
});
