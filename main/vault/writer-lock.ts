import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PanelisError } from '../../shared/errors';
import { openRaw, type NativeOptions, type RawDb } from './native';
import { errorCode, isReadOnly, storageReason } from './storage-errors';

/**
 * One writer per vault. Beside `x.panelis` lies `x.panelis.lock`, a tiny plain SQLite file
 * that a writer holds with an exclusive lock for as long as its vault is open
 * (`locking_mode = EXCLUSIVE`): the operating system's file lock, which it drops when the
 * process ends however it ends, so a crash or SIGKILL never leaves a stale lock and a reused
 * process id cannot lock anyone out. The holder writes its process id into the file header
 * (`user_version`, bytes 60-63), which a refused process reads with plain file I/O (SQLite's
 * locks are advisory on POSIX and sit far past the header on Windows).
 *
 * Readers (`vault check`, `verify --vault`) take no lock: WAL lets them read beside a writer.
 * Within one process a vault may be opened more than once (tests, restore); the lock is
 * counted and dropped with the last close.
 */
const held = new Map<string, { db: RawDb; count: number }>();

export function writerLockPath(vaultPath: string): string {
  return `${vaultPath}.lock`;
}

/** The process id written by the holder, or null when the header is not there yet. */
function holderPid(lockPath: string): number | null {
  try {
    const fd = openSync(lockPath, 'r');
    try {
      const head = Buffer.alloc(4);
      const n = readSync(fd, head, 0, 4, 60);
      const pid = n === 4 ? head.readUInt32BE(0) : 0;
      return pid > 0 ? pid : null;
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

function tryLock(lockPath: string, opts: NativeOptions): RawDb {
  const db = openRaw(lockPath, null, opts);
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    // No journal file beside the vault; the header is all this file holds.
    db.pragma('journal_mode = MEMORY');
    db.exec('BEGIN EXCLUSIVE');
    db.pragma(`user_version = ${process.pid}`);
    db.exec('COMMIT');
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Takes the writer lock of `vaultPath` or throws VAULT_IN_USE / VAULT_READ_ONLY. Returns its release. */
export function acquireWriterLock(vaultPath: string, opts: NativeOptions = {}): () => void {
  const key = resolve(vaultPath);
  const lockPath = writerLockPath(key);
  let entry = held.get(key);
  if (entry) {
    entry.count++;
  } else {
    let db: RawDb;
    try {
      db = tryLock(lockPath, opts);
    } catch (e) {
      const code = errorCode(e);
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
        throw new PanelisError('VAULT_IN_USE', { pid: holderPid(lockPath) ?? '?' });
      }
      if (isReadOnly(e) || code.startsWith('SQLITE_CANTOPEN')) {
        throw new PanelisError('VAULT_READ_ONLY', { path: dirname(key), reason: storageReason(e) });
      }
      if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
        // Not ours or torn by a power cut: nobody can hold a file SQLite cannot read. Start anew.
        rmSync(lockPath, { force: true });
        db = tryLock(lockPath, opts);
      } else {
        throw e;
      }
    }
    entry = { db, count: 1 };
    held.set(key, entry);
  }
  const mine = entry;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    mine.count--;
    if (mine.count === 0) {
      held.delete(key);
      // The file stays: removing it could let two processes lock two different files.
      mine.db.close();
    }
  };
}
