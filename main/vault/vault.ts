import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { PanelisError } from '../../shared/errors';
import { cancelCheckpoint } from './checkpoint';
import { migrations as appMigrations } from './migrations';
import { applyVaultPragmas, openRaw, sqlString, type NativeOptions, type RawDb } from './native';
import { PAGE_SIZE, probeFile } from './probe';
import type { Database } from './schema';
import { withStatementCache } from './statement-cache';
import { errorCode, isDiskFull, isReadOnly, storageError, storageReason } from './storage-errors';
import { acquireWriterLock } from './writer-lock';

export interface Vault {
  readonly path: string;
  readonly raw: RawDb;
  readonly db: Kysely<Database>;
}

export interface VaultOptions extends NativeOptions {
  /** The migrations this app knows; tests pass a longer list to act as a newer Panelis. */
  migrations?: Record<string, Migration>;
  /** Where backups go; default `<vault dir>/<vault name>.backups`. */
  backupDir?: string;
  now?: () => Date;
}

/** The writer lock of each read-write connection, dropped when it closes. */
const writerLocks = new WeakMap<RawDb, () => void>();

function kyselyFor(raw: RawDb): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
}

export function defaultBackupDir(vaultPath: string): string {
  return join(dirname(vaultPath), `${basename(vaultPath)}.backups`);
}

/** Creates a new, empty, migrated vault. Refuses to overwrite anything. */
export async function createVault(path: string, passphrase: string, opts: VaultOptions = {}): Promise<Vault> {
  if (existsSync(path)) throw new PanelisError('FILE_EXISTS', { path });
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch {
    throw new PanelisError('FILE_NOT_WRITABLE', { path });
  }
  const release = acquireWriterLock(path, opts);
  let raw: RawDb;
  try {
    raw = openRaw(path, passphrase, opts);
  } catch (e) {
    release();
    throw storageError(e, path) ?? new PanelisError('FILE_NOT_WRITABLE', { path });
  }
  try {
    // Must precede the first table: with FULL auto-vacuum no free page lingers, so an
    // integrity check reads (and authenticates) every page of the file.
    raw.pragma('auto_vacuum = FULL');
    applyVaultPragmas(raw);
    const db = kyselyFor(raw);
    await migrate(db, opts.migrations);
    writerLocks.set(raw, release);
    return { path, raw, db };
  } catch (e) {
    raw.close();
    release();
    rmSync(path, { force: true });
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    throw storageError(e, path) ?? e;
  }
}

/** Removes -wal/-shm files that a failed read-only probe created, so a refused file is left as found. */
function cleanSidecars(path: string, existedBefore: { wal: boolean; shm: boolean }): void {
  for (const [suffix, existed] of [
    ['-wal', existedBefore.wal],
    ['-shm', existedBefore.shm],
  ] as const) {
    const f = `${path}${suffix}`;
    if (!existed && existsSync(f) && statSync(f).size <= 32768) rmSync(f, { force: true });
  }
}

const sqliteCode = errorCode;

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Why a read of the vault failed: wrong passphrase, a folder SQLite cannot read in, or damage. */
function readFailure(e: unknown, path: string): PanelisError {
  if (e instanceof PanelisError) return e;
  if (sqliteCode(e) === 'SQLITE_NOTADB') return new PanelisError('WRONG_PASSPHRASE');
  // A read SQLite cannot start (no -shm can be made beside the file in a read-only folder)
  // is not damage, and restoring a backup would not help.
  if (isReadOnly(e) || sqliteCode(e).startsWith('SQLITE_CANTOPEN')) {
    return new PanelisError('VAULT_READ_ONLY', { path: dirname(path), reason: storageReason(e) });
  }
  return new PanelisError('VAULT_DAMAGED', { reason: message(e) });
}

/**
 * Checks a vault file with a read-only connection, so that nothing is written before we
 * know the passphrase is right, the file is ours, every page authenticates and the schema
 * is not from a newer Panelis. Throws a typed error otherwise.
 */
function verifyReadOnly(path: string, passphrase: string, opts: VaultOptions): { pending: boolean; fresh: boolean } {
  const knownMigrationNames = Object.keys(opts.migrations ?? appMigrations);
  const verdict = probeFile(path);
  if (verdict === 'missing') throw new PanelisError('FILE_NOT_FOUND', { path });
  if (verdict === 'not-a-vault') throw new PanelisError('NOT_A_VAULT');
  if (verdict === 'truncated') throw new PanelisError('VAULT_TRUNCATED');

  const sidecars = { wal: existsSync(`${path}-wal`), shm: existsSync(`${path}-shm`) };
  let ro: RawDb | null = null;
  try {
    ro = openRaw(path, passphrase, { ...opts, readonly: true, mustExist: true });
    try {
      ro.prepare('select count(*) from sqlite_master').get();
    } catch (e) {
      // SQLCipher cannot tell a wrong key from a damaged first page: both fail the HMAC.
      throw readFailure(e, path);
    }
    const isOurs = ro.prepare("select 1 from sqlite_master where type = 'table' and name = 'meta'").get();
    if (!isOurs) throw new PanelisError('NOT_A_VAULT');
    const app = ro.prepare("select value from meta where key = 'app'").get() as { value: string } | undefined;
    if (app?.value !== 'panelis') throw new PanelisError('NOT_A_VAULT');

    const pages = Number(ro.pragma('page_count', { simple: true }));
    if (!sidecars.wal && statSync(path).size < pages * PAGE_SIZE) throw new PanelisError('VAULT_TRUNCATED');

    let check: string;
    try {
      check = String(ro.pragma('quick_check', { simple: true }));
    } catch (e) {
      throw readFailure(e, path);
    }
    if (check !== 'ok') throw new PanelisError('VAULT_DAMAGED', { reason: check });

    const done = (ro.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name);
    if (done.some((n) => !knownMigrationNames.includes(n))) throw new PanelisError('VAULT_TOO_NEW');
    return { pending: knownMigrationNames.some((n) => !done.includes(n)), fresh: done.length === 0 };
  } catch (e) {
    // A refused file is left as it was found: the probe's own -wal/-shm go too. (Only on
    // refusal: a file we refuse cannot be in use by another Panelis, which refuses it too.)
    ro?.close();
    ro = null;
    cleanSidecars(path, sidecars);
    throw readFailure(e, path);
  } finally {
    ro?.close();
  }
}

/** Opens an existing vault: verify read-only, then open read-write, back up, migrate. */
export async function openVault(path: string, passphrase: string, opts: VaultOptions = {}): Promise<Vault> {
  const sidecars = { wal: existsSync(`${path}-wal`), shm: existsSync(`${path}-shm`) };
  const { pending, fresh } = verifyReadOnly(path, passphrase, opts);
  try {
    requireWritable(path);
  } catch (e) {
    // Refused: the verification's own -wal/-shm go too, as for any refused file.
    cleanSidecars(path, sidecars);
    throw e;
  }
  const release = acquireWriterLock(path, opts);
  let raw: RawDb | null = null;
  try {
    raw = openRaw(path, passphrase, opts);
    applyVaultPragmas(raw);
    const vault: Vault = { path, raw, db: kyselyFor(raw) };
    if (pending && !fresh) backupVault(vault, 'pre-migration', opts);
    await migrate(vault.db, opts.migrations);
    writerLocks.set(raw, release);
    return vault;
  } catch (e) {
    raw?.close();
    release();
    throw storageError(e, path) ?? e;
  }
}

/**
 * Read-write needs the file and its folder (for -wal and -shm) writable. Asked of the file
 * system itself, not of permission bits: an administrator passes every permission check and
 * still cannot write to a read-only mount or an immutable file.
 */
function requireWritable(path: string): void {
  try {
    closeSync(openSync(path, 'r+'));
  } catch (e) {
    if (isReadOnly(e)) throw new PanelisError('VAULT_READ_ONLY', { path, reason: storageReason(e) });
    throw e;
  }
  const probe = `${path}.write-check-${process.pid}`;
  try {
    closeSync(openSync(probe, 'wx'));
  } catch (e) {
    if (isReadOnly(e)) throw new PanelisError('VAULT_READ_ONLY', { path: dirname(path), reason: storageReason(e) });
    if (isDiskFull(e)) throw new PanelisError('VAULT_DISK_FULL', { reason: storageReason(e) });
    if (errorCode(e) !== 'EEXIST') throw e;
  }
  rmSync(probe, { force: true });
}

async function migrate(db: Kysely<Database>, migrations: Record<string, Migration> = appMigrations): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

export async function closeVault(vault: Vault): Promise<void> {
  cancelCheckpoint(vault.raw);
  // Kysely's SQLite driver closes the better-sqlite3 handle; SQLite checkpoints the WAL.
  try {
    await vault.db.destroy();
  } finally {
    writerLocks.get(vault.raw)?.();
    writerLocks.delete(vault.raw);
  }
}

/**
 * Writes a copy of `vault` with VACUUM INTO under a temporary name beside `file`, then
 * renames it into place: a copy that failed (full disk, read-only folder) leaves no partial
 * or empty file behind, and `file` appears only complete.
 */
function vacuumInto(vault: Vault, file: string): void {
  const partial = `${file}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  try {
    vault.raw.exec(`VACUUM INTO ${sqlString(partial)}`);
    // Never overwrite: a file that appeared meanwhile wins.
    if (existsSync(file)) throw new PanelisError('FILE_EXISTS', { path: file });
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
}

function backupError(e: unknown, dir: string): PanelisError {
  if (e instanceof PanelisError) return e;
  if (isDiskFull(e)) return new PanelisError('BACKUP_DISK_FULL', { dir });
  if (isReadOnly(e) || sqliteCode(e).startsWith('SQLITE_CANTOPEN')) {
    return new PanelisError('BACKUP_NOT_WRITABLE', { dir, reason: storageReason(e) });
  }
  return new PanelisError('BACKUP_FAILED', { reason: message(e) });
}

export type BackupReason = 'manual' | 'close' | 'pre-migration';

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * Online backup into an encrypted file with the same passphrase (VACUUM INTO keeps the
 * cipher and key of the source). The copy is compact and consistent even while in use.
 */
export function backupVault(vault: Vault, reason: BackupReason, opts: VaultOptions = {}, target?: string): { file: string; bytes: number } {
  const dir = opts.backupDir ?? defaultBackupDir(vault.path);
  const now = (opts.now ?? (() => new Date()))();
  let file = target ?? join(dir, `${basename(vault.path, '.panelis')}-${stamp(now)}-${reason}.panelis`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    for (let i = 1; existsSync(file) && !target; i++) file = file.replace(/(-\d+)?\.panelis$/, `-${i}.panelis`);
    if (existsSync(file)) throw new PanelisError('FILE_EXISTS', { path: file });
    vacuumInto(vault, file);
  } catch (e) {
    throw backupError(e, dirname(file));
  }
  if (!target && reason === 'close') rotateBackups(dir, basename(vault.path, '.panelis'));
  return { file, bytes: statSync(file).size };
}

/** Keeps the newest `keep` on-close backups of a vault; manual and pre-migration ones stay. */
export function rotateBackups(dir: string, vaultName: string, keep = 10): void {
  const mine = readdirSync(dir)
    .filter((f) => f.startsWith(`${vaultName}-`) && /-close(-\d+)?\.panelis$/.test(f))
    .sort();
  for (const f of mine.slice(0, Math.max(0, mine.length - keep))) rmSync(join(dir, f), { force: true });
}

/**
 * Restores a backup into a new file: the backup is verified first (passphrase, pages,
 * schema), then copied page by page into `newFile`, which must not exist.
 */
export async function restoreBackup(backupFile: string, newFile: string, passphrase: string, opts: VaultOptions = {}): Promise<Vault> {
  if (existsSync(newFile)) throw new PanelisError('FILE_EXISTS', { path: newFile });
  // Read-only: a backup is evidence, and may sit on a read-only medium.
  const source = openVaultReadOnly(backupFile, passphrase, opts);
  try {
    mkdirSync(dirname(newFile), { recursive: true });
    vacuumInto(source, newFile);
  } catch (e) {
    if (e instanceof PanelisError) throw e;
    throw storageError(e, newFile) ?? e;
  } finally {
    await closeVault(source);
  }
  return openVault(newFile, passphrase, opts);
}

/** Changes the passphrase: every page is re-encrypted. Verified by reopening. */
export async function rekeyVault(vault: Vault, newPassphrase: string): Promise<void> {
  // Rekeying rewrites the whole file; do it outside WAL so no frame keeps the old key.
  vault.raw.pragma('wal_checkpoint(TRUNCATE)');
  vault.raw.pragma('journal_mode = DELETE');
  vault.raw.rekey(Buffer.from(newPassphrase, 'utf8'));
  vault.raw.pragma('journal_mode = WAL');
  await sql`select 1`.execute(vault.db);
}

/**
 * Opens a vault read-only after the same verification as `openVault`, migrating nothing:
 * for checks that must not change the file they examine (`vault check`).
 */
export function openVaultReadOnly(path: string, passphrase: string, opts: VaultOptions = {}): Vault {
  verifyReadOnly(path, passphrase, opts);
  // The -wal/-shm a read leaves are SQLite's own and may be shared with a running Panelis
  // that opened the vault meanwhile: never remove them here.
  const raw = openRaw(path, passphrase, { ...opts, readonly: true, mustExist: true });
  return { path, raw, db: kyselyFor(raw) };
}

/** Full `PRAGMA integrity_check`: reads and authenticates every page. */
export function integrityCheck(vault: Vault): { ok: boolean; message: string } {
  try {
    const rows = vault.raw.pragma('integrity_check') as { integrity_check: string }[];
    const message = rows.map((r) => r.integrity_check).join('; ');
    return { ok: message === 'ok', message };
  } catch (e) {
    return { ok: false, message: message(e) };
  }
}
