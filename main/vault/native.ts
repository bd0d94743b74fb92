import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

export type RawDb = BetterSqlite3.Database;

export interface NativeOptions {
  /**
   * Path of a better_sqlite3.node built for the current runtime. Unset in Node (tests,
   * CLI, host: node_modules has the Node build); set by main/electron in development,
   * where a separate Electron build lives outside node_modules.
   */
  nativeBinding?: string | undefined;
}

/** SQLCipher v4 defaults (page 4096, PBKDF2-HMAC-SHA512 256000, HMAC-SHA512): standard tools open it. */
export function applyKey(db: RawDb, passphrase: string): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.key(Buffer.from(passphrase, 'utf8'));
}

export function openRaw(
  file: string,
  passphrase: string | null,
  opts: NativeOptions & { readonly?: boolean; mustExist?: boolean } = {},
): RawDb {
  const db = new BetterSqlite3(file, {
    readonly: opts.readonly ?? false,
    fileMustExist: opts.mustExist ?? false,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
  if (passphrase !== null) applyKey(db, passphrase);
  return db;
}

/**
 * Pragmas for a read-write vault connection. Durable: a saved score survives a power cut
 * (WAL first, then FULL: this build defaults WAL connections to NORMAL). A page cache of up
 * to 256 MiB because every page read from disk costs an HMAC check and a decryption: a large
 * selection's closed rounds (10,000 applicants x 9 members x 12 criteria is about 200 MiB of
 * pages) then stay decrypted between recomputes of the results. It is a ceiling, not an
 * allocation: a small committee's vault uses a few MiB.
 */
export function applyVaultPragmas(db: RawDb): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('cache_size = -262144');
  // Checkpoints run when writes pause, not inside them (see checkpoint.ts).
  db.pragma('wal_autocheckpoint = 0');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/** Escapes a file path for use inside an SQL string literal (VACUUM INTO). */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
