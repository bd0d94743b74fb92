import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { electronNativeBinding, type NativeBindingEnv } from '../../../main/electron/native-binding';

const repoRoot = path.resolve('/src/panelis');
const binary = path.join(repoRoot, '.electron-native', 'better_sqlite3.node');
const stampFile = path.join(repoRoot, '.electron-native', 'VERSION');

function env(over: Partial<NativeBindingEnv>) {
  return {
    isPackaged: false,
    repoRoot,
    electronVersion: '45.4.1',
    exists: () => true,
    readText: (p) => (p === stampFile ? 'electron@45.4.1 better-sqlite3-multiple-ciphers@12.11.1 linux-x64\n' : undefined),
    ...over,
    warn: vi.fn<(message: string) => void>(),
  } satisfies NativeBindingEnv;
}

describe('electronNativeBinding', () => {
  it('uses node_modules when packaged (electron-builder rebuilt it)', () => {
    const e = env({ isPackaged: true });
    expect(electronNativeBinding(e)).toBeUndefined();
    expect(e.warn).not.toHaveBeenCalled();
  });

  it('uses .electron-native in development when it was built for this Electron', () => {
    const e = env({});
    expect(electronNativeBinding(e)).toBe(binary);
    expect(e.warn).not.toHaveBeenCalled();
  });

  it('warns with the command to run when the binary is missing', () => {
    const e = env({ exists: () => false });
    expect(electronNativeBinding(e)).toBeUndefined();
    expect(e.warn).toHaveBeenCalledOnce();
    expect(String(e.warn.mock.calls[0]?.[0])).toContain('npm run electron:native');
  });

  it('refuses a binary built for another Electron', () => {
    const e = env({ electronVersion: '46.0.0' });
    expect(electronNativeBinding(e)).toBeUndefined();
    expect(String(e.warn.mock.calls[0]?.[0])).toMatch(/electron@45\.4\.1.*npm run electron:native/s);
  });

  it('refuses a binary without a VERSION stamp', () => {
    const e = env({ readText: () => undefined });
    expect(electronNativeBinding(e)).toBeUndefined();
    expect(e.warn).toHaveBeenCalledOnce();
  });
});
