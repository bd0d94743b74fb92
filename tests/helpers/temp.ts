import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A temp folder per test, removed afterwards. */
export function useTempDir(prefix = 'panelis-test-'): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    made.push(d);
    return d;
  };
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Fingerprint of a vault file and its WAL, to prove something changed nothing. */
export function fileState(path: string): string {
  const parts = [path, `${path}-wal`].map((p) => (existsSync(p) ? sha256File(p) : 'absent'));
  return parts.join(':');
}

export const PASSPHRASE = 'kuda-lumping-sore-hari-42';
