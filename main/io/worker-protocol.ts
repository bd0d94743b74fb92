import type { ErrorCode, ErrorDetails } from '../../shared/errors';
import type { Cell, SheetTable } from './table';

/** Messages of the import worker (import-worker.ts) to read-table.ts. */
export type FromWorker =
  | { t: 'progress'; done: number; total: number | null }
  | { t: 'rows'; rowNumbers: Int32Array; lengths: Int32Array; cells: Cell[] }
  | { t: 'done'; headers: string[]; encoding?: SheetTable['encoding'] }
  | { t: 'error'; code: ErrorCode; details: ErrorDetails }
  | { t: 'error'; message: string };

/** Rows per message: each takes the main thread a few milliseconds to receive. */
export const ROWS_PER_MESSAGE = 2000;
