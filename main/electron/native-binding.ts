import path from 'node:path';

export const NATIVE_DIR = '.electron-native';
export const NATIVE_FILE = 'better_sqlite3.node';

export interface NativeBindingEnv {
  isPackaged: boolean;
  /** The repository folder (two levels above out/main/index.js). */
  repoRoot: string;
  /** process.versions.electron */
  electronVersion: string;
  exists(filePath: string): boolean;
  /** Contents of a text file, or undefined when it cannot be read. */
  readText(filePath: string): string | undefined;
  warn(message: string): void;
}

/**
 * Which better-sqlite3 binary the vault should load under Electron.
 * Packaged: undefined, because electron-builder rebuilt node_modules for Electron and
 * unpacked the .node file from the asar. Development: node_modules holds the Node build
 * (tests, CLI, host need it), so the Electron build lives apart in .electron-native/,
 * made by scripts/electron-native.mjs, and is used only if it matches this Electron.
 */
export function electronNativeBinding(env: NativeBindingEnv): string | undefined {
  if (env.isPackaged) return undefined;
  const dir = path.join(env.repoRoot, NATIVE_DIR);
  const binary = path.join(dir, NATIVE_FILE);
  if (!env.exists(binary)) {
    env.warn(
      `Panelis: no SQLite module built for Electron at ${binary}. ` +
        'Vaults cannot be opened until it exists. Run `npm run electron:native` ' +
        '(needs the Electron headers from electronjs.org and a C++ toolchain), or start with `npm start`, which runs it for you.',
    );
    return undefined;
  }
  const stamp = env.readText(path.join(dir, 'VERSION'))?.trim().split(/\s+/)[0];
  if (stamp !== `electron@${env.electronVersion}`) {
    env.warn(
      `Panelis: ${binary} was built for ${stamp ?? 'an unknown Electron'}, not electron@${env.electronVersion}. ` +
        'Run `npm run electron:native` to rebuild it.',
    );
    return undefined;
  }
  return binary;
}
