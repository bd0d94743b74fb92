import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { EncodingChoice } from '../io/decode';
import type { SheetTable } from '../io/table';
import { UsageError } from './exit';
import { say } from './cli-text';

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

/** `--encoding utf-8|windows-1252`: the person's choice for a text file (main/io/decode.ts). */
export function encodingFlag(flags: Record<string, unknown>): EncodingChoice | undefined {
  const v = flags.encoding;
  if (v === undefined) return undefined;
  if (v === 'utf-8' || v === 'windows-1252') return v;
  throw new UsageError('--encoding must be utf-8 or windows-1252');
}

/** What a report says of a text file's encoding when it was not plainly detected. */
export function encodingNote(table: SheetTable): string | null {
  const e = table.encoding;
  if (!e || e.how === 'detected') return null;
  if (e.how === 'chosen') return `${say('encoding')}: ${e.name} (${say('encodingChosen')})`;
  return `${say('encoding')}: ${e.name} (${say('encodingGuessed')})`;
}

/** The most characters of one value a --json report echoes from the file (a header, a cell). */
export const ECHO_MAX = 200;

/**
 * A report with every string (values and object keys) cut at ECHO_MAX characters, so that a
 * file with a 100,000-character cell does not become a 100,000-character report line per row.
 */
export function cutEchoes<T>(value: T): T {
  const cut = (s: string) => (s.length > ECHO_MAX ? `${s.slice(0, ECHO_MAX)}…` : s);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return cut(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [cut(k), walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}
