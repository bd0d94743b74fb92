import type { ErrorCode, ErrorDetails } from '../../shared/errors';
import type { Cell, SheetTable } from './table';

/** Messages of the import worker (import-worker.ts) to read-table.ts. */
export type FromWorker =
  | { t: 'progress'; done: number; total: number | null }
  | ({ t: 'rows'; rowNumbers: Int32Array; lengths: Int32Array } & PackedCells)
  | { t: 'done'; encoding?: SheetTable['encoding'] }
  | { t: 'error'; code: ErrorCode; details: ErrorDetails }
  | { t: 'error'; message: string };

/** Rows per message: each takes the main thread a few milliseconds to receive. */
export const ROWS_PER_MESSAGE = 2000;

/**
 * Cells as they cross the thread boundary: one type byte per cell, numbers (and dates as
 * milliseconds) in a Float64Array, and every text joined into one string. Structured-cloning
 * a million small values, or JSON, costs the main thread more than reading the file did;
 * a typed array and one string are copied in one go, and `split` is native.
 */
export interface PackedCells {
  types: Uint8Array;
  numbers: Float64Array;
  texts: string;
}

const NULL = 0;
const TEXT = 1;
const NUMBER = 2;
const TRUE = 3;
const FALSE = 4;
const DATE = 5;
/** Never inside a cell: a CSV with NUL is refused as binary, and XML cannot carry it. */
const SEPARATOR = '\u0000';

export function packCells(cells: readonly Cell[]): PackedCells {
  const types = new Uint8Array(cells.length);
  const numbers = new Float64Array(cells.length);
  const texts: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (typeof c === 'string') {
      types[i] = TEXT;
      // Belt and braces: a NUL would shift every later text; it becomes U+FFFD, as a decoder would show it.
      texts.push(c.includes(SEPARATOR) ? c.replaceAll(SEPARATOR, '\ufffd') : c);
    } else if (typeof c === 'number') {
      types[i] = NUMBER;
      numbers[i] = c;
    } else if (typeof c === 'boolean') types[i] = c ? TRUE : FALSE;
    else if (c instanceof Date) {
      types[i] = DATE;
      numbers[i] = c.getTime();
    } else types[i] = NULL;
  }
  return { types, numbers, texts: texts.join(SEPARATOR) };
}

export function unpackCells(p: PackedCells): Cell[] {
  const texts = p.texts.split(SEPARATOR);
  const out: Cell[] = new Array<Cell>(p.types.length);
  let t = 0;
  for (let i = 0; i < p.types.length; i++) {
    switch (p.types[i]) {
      case TEXT:
        out[i] = texts[t++] as string;
        break;
      case NUMBER:
        out[i] = p.numbers[i] as number;
        break;
      case TRUE:
        out[i] = true;
        break;
      case FALSE:
        out[i] = false;
        break;
      case DATE:
        out[i] = new Date(p.numbers[i] as number);
        break;
      default:
        out[i] = null;
    }
  }
  return out;
}
