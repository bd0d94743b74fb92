import type { MenuItemConstructorOptions } from 'electron';
import type { ShellText } from './shell-text';

/**
 * A minimal menu: quitting, the edit commands (on macOS, copy and paste only work through
 * the Edit menu) and zoom for readability. Reload and DevTools only in development, so a
 * packaged build offers no way into the page's internals.
 * Labels in the UI language (`text`, from shell-text.ts).
 */
export function menuTemplate(opts: { platform: NodeJS.Platform; devTools: boolean; text: ShellText }): MenuItemConstructorOptions[] {
  const t = opts.text;
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: t('menuZoomIn') },
    { role: 'zoomOut', label: t('menuZoomOut') },
    { role: 'resetZoom', label: t('menuResetZoom') },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t('menuFullScreen') },
  ];
  if (opts.devTools) {
    view.push({ type: 'separator' }, { role: 'reload', label: t('menuReload') }, { role: 'toggleDevTools', label: t('menuDevTools') });
  }
  const template: MenuItemConstructorOptions[] = [];
  if (opts.platform === 'darwin') template.push({ role: 'appMenu' });
  else template.push({ label: t('menuFile'), submenu: [{ role: 'quit', label: t('menuQuit') }] });
  template.push(
    {
      label: t('menuEdit'),
      submenu: [
        { role: 'undo', label: t('menuUndo') },
        { role: 'redo', label: t('menuRedo') },
        { type: 'separator' },
        { role: 'cut', label: t('menuCut') },
        { role: 'copy', label: t('menuCopy') },
        { role: 'paste', label: t('menuPaste') },
        { role: 'selectAll', label: t('menuSelectAll') },
      ],
    },
    { label: t('menuView'), submenu: view },
  );
  return template;
}
