import type { MenuItemConstructorOptions } from 'electron';

/**
 * A minimal menu: quitting, the edit commands (on macOS, copy and paste only work through
 * the Edit menu) and zoom for readability. Reload and DevTools only in development, so a
 * packaged build offers no way into the page's internals.
 * Printing / PDF export will add a Berkas item here when main/reports lands.
 */
export function menuTemplate(opts: { platform: NodeJS.Platform; devTools: boolean }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: 'Perbesar' },
    { role: 'zoomOut', label: 'Perkecil' },
    { role: 'resetZoom', label: 'Ukuran asli' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Layar penuh' },
  ];
  if (opts.devTools) {
    view.push(
      { type: 'separator' },
      { role: 'reload', label: 'Muat ulang' },
      { role: 'toggleDevTools', label: 'Alat pengembang' },
    );
  }
  const template: MenuItemConstructorOptions[] = [];
  if (opts.platform === 'darwin') template.push({ role: 'appMenu' });
  else template.push({ label: 'Berkas', submenu: [{ role: 'quit', label: 'Keluar' }] });
  template.push(
    {
      label: 'Sunting',
      submenu: [
        { role: 'undo', label: 'Urungkan' },
        { role: 'redo', label: 'Ulangi' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { role: 'selectAll', label: 'Pilih semua' },
      ],
    },
    { label: 'Tampilan', submenu: view },
  );
  return template;
}
