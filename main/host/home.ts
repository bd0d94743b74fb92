import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The same folder Electron uses as `app.getPath('userData')` for productName "Panelis", so
 * the desktop app and the browser fallback share recent vaults and the language.
 */
export function defaultHome(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = homedir()): string {
  if (env.PANELIS_HOME) return env.PANELIS_HOME;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Panelis');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Panelis');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Panelis');
}
