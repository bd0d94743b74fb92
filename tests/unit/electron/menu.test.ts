import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../main/electron/menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('menuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('offers no DevTools or reload in a packaged build (%s)', (platform) => {
    const r = roles(menuTemplate({ platform, devTools: false }));
    expect(r).not.toContain('toggleDevTools');
    expect(r).not.toContain('reload');
    expect(r).not.toContain('forceReload');
    expect(r).toEqual(expect.arrayContaining(['copy', 'paste', 'zoomIn']));
  });

  it('offers DevTools in development', () => {
    expect(roles(menuTemplate({ platform: 'linux', devTools: true }))).toContain('toggleDevTools');
  });

  it('has the macOS app menu on macOS only, and a way to quit everywhere', () => {
    expect(roles(menuTemplate({ platform: 'darwin', devTools: false }))).toContain('appMenu');
    expect(roles(menuTemplate({ platform: 'linux', devTools: false }))).toContain('quit');
    expect(roles(menuTemplate({ platform: 'win32', devTools: false }))).not.toContain('appMenu');
  });
});
