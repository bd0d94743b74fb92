import { dirname } from 'node:path';
import { PanelisError } from '../../shared/errors';

/** The SQLite (`SQLITE_FULL`, `SQLITE_IOERR_WRITE`) or system (`ENOSPC`) code of an error, or ''. */
export function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

function describe(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const code = errorCode(e);
  return code && !text.includes(code) ? `${text} (${code})` : text;
}

export function isDiskFull(e: unknown): boolean {
  const code = errorCode(e);
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}

export function isReadOnly(e: unknown): boolean {
  const code = errorCode(e);
  return code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

/**
 * What a failed write of the vault at `path` means for the person: a full disk, a read-only
 * file or folder, or a failing device, each with the SQLite or system cause and the fact
 * that nothing was saved. Null for anything else (a bug: the dispatcher reports INTERNAL).
 */
export function storageError(e: unknown, path: string): PanelisError | null {
  if (e instanceof PanelisError) return e;
  if (isDiskFull(e)) return new PanelisError('VAULT_DISK_FULL', { reason: describe(e) });
  if (isReadOnly(e)) return new PanelisError('VAULT_READ_ONLY', { path: dirname(path), reason: describe(e) });
  const code = errorCode(e);
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return new PanelisError('VAULT_WRITE_FAILED', { reason: describe(e) });
  return null;
}

export function storageReason(e: unknown): string {
  return describe(e);
}
