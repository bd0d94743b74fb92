import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UsageError } from './exit';

/** A spreadsheet named on the command line, read once, with the SHA-256 the audit event records. */
export function readInputFile(file: string): { bytes: Buffer; sha256: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
