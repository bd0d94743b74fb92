import { openRaw } from './native';

/** Proves a passphrase opens the vault file, on a read-only connection of its own (the open one is not touched). */
export function passphraseOpens(path: string, passphrase: string, nativeBinding: string | undefined): boolean {
  try {
    const db = openRaw(path, passphrase, { readonly: true, mustExist: true, nativeBinding });
    try {
      db.prepare('select count(*) from sqlite_master').get();
      return true;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}
