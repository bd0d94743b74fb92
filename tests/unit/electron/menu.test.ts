import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../main/electron/menu';
import { shellText } from '../../../main/electron/shell-text';

const text = shellText('id');

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
}

describe('menuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('offers no DevTools or reload in a packaged build (%s)', (platform) => {
    const r = roles(menuTemplate({ platform, devTools: false, text }));
    expect(r).not.toContain('toggleDevTools');
    expect(r).not.toContain('reload');
    expect(r).not.toContain('forceReload');
    expect(r).toEqual(expect.arrayContaining(['copy', 'paste', 'zoomIn']));
  });

  it('offers DevTools in development', () => {
    expect(roles(menuTemplate({ platform: 'linux', devTools: true, text }))).toContain('toggleDevTools');
  });

  it('has the macOS app menu on macOS only, and a way to quit everywhere', () => {
    expect(roles(menuTemplate({ platform: 'darwin', devTools: false, text }))).toContain('appMenu');
    expect(roles(menuTemplate({ platform: 'linux', devTools: false, text }))).toContain('quit');
    expect(roles(menuTemplate({ platform: 'win32', devTools: false, text }))).not.toContain('appMenu');
  });

  it('labels every item in the UI language', () => {
    const labels = (items: MenuItemConstructorOptions[]): string[] =>
      items.flatMap((item) => [...(item.label ? [item.label] : []), ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]);
    expect(labels(menuTemplate({ platform: 'linux', devTools: true, text: shellText('id') }))).toEqual(
      expect.arrayContaining(['Berkas', 'Keluar', 'Sunting', 'Salin', 'Tampilan', 'Perbesar']),
    );
    const en = labels(menuTemplate({ platform: 'linux', devTools: true, text: shellText('en') }));
    expect(en).toEqual(expect.arrayContaining(['File', 'Quit', 'Edit', 'Copy', 'View', 'Zoom in']));
    expect(en).not.toContain('Salin');
  });
});
