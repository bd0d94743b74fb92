import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { errorMessages, PanelisError } from '../../shared/errors';
import type { EncodingChoice } from './decode';
import { tableFromRows, type RawRow } from './headers';
import type { ReadProgress, SheetTable } from './table';
import { unpackCells, type FromWorker } from './worker-protocol';
import { reason } from '../../shared/error-messages/reasons';

/**
 * Reads a spreadsheet the secretary chose, off the main thread: the app keeps answering
 * (`app.status`, progress polls) while a file is read, and a hostile file cannot take the
 * process down with it. The worker's V8 heap is capped (resourceLimits) and it is stopped
 * after a time limit; Buffers live outside that heap and are bounded by the byte limits of
 * zip.ts / xlsx-parts.ts. See read-table-core.ts for what is read and how.
 */

export interface ReadOptions {
  /** The person's choice for a text file (decode.ts); by default detected. */
  encoding?: EncodingChoice;
  /** Stopped after this long (IMPORT_TIMEOUT). */
  timeoutMs?: number;
  /** The worker's old-generation heap (IMPORT_OUT_OF_MEMORY beyond it). */
  maxHeapMb?: number;
}

/** A 100,000-row CSV reads in 2-3 s here, a 100,000-row XLSX in 4-5 s: two minutes is far beyond either. */
export const IMPORT_TIME_LIMIT_MS = 120_000;
/** A 100,000-row, 18-column table takes about 300 MB of heap in the worker. */
export const IMPORT_HEAP_MB = 1024;

/**
 * Where the worker's code is. Built (electron-vite, CommonJS): out/main/import-worker.js, an
 * entry of its own beside cli.js, index.js and host.js (this module may sit in a chunk one
 * folder below). From TypeScript source (Vitest, tsx): import-worker.ts beside this file,
 * loaded through tsx's require hook in an eval'd bootstrap, since a worker's execArgv cannot
 * carry `--import tsx`.
 */
function workerSource(): { code: string; eval: boolean } {
  const here = __filename;
  if (here.endsWith('.ts')) {
    const tsx = createRequire(here).resolve('tsx/cjs/api');
    const file = join(dirname(here), 'import-worker.ts');
    return { code: `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(file)});`, eval: true };
  }
  for (const candidate of [join(__dirname, 'import-worker.js'), join(__dirname, '..', 'import-worker.js')]) {
    if (existsSync(candidate)) return { code: candidate, eval: false };
  }
  throw new Error(`import-worker.js not found next to ${__dirname}`);
}

function isErrorCode(code: string): code is keyof typeof errorMessages {
  return Object.prototype.hasOwnProperty.call(errorMessages, code);
}

export function readTable(_fileName: string, bytes: Buffer, onProgress?: ReadProgress, options: ReadOptions = {}): Promise<SheetTable> {
  const timeoutMs = options.timeoutMs ?? IMPORT_TIME_LIMIT_MS;
  const heapMb = options.maxHeapMb ?? IMPORT_HEAP_MB;
  const source = workerSource();
  return new Promise<SheetTable>((resolve, reject) => {
    const worker = new Worker(source.code, {
      eval: source.eval,
      // A copy of the file's bytes (the caller keeps its own for the SHA-256 and the audit).
      workerData: { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding: options.encoding },
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
      stdout: false,
      stderr: false,
    });
    const rows: RawRow[] = [];
    let settled = false;
    const finish = (error: PanelisError | null, table?: SheetTable) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else resolve(table as SheetTable);
    };
    const timer = setTimeout(() => finish(new PanelisError('IMPORT_TIMEOUT', { seconds: Math.round(timeoutMs / 1000) })), timeoutMs);
    worker.on('message', (m: FromWorker) => {
      if (settled) return;
      switch (m.t) {
        case 'progress':
          onProgress?.(m.done, m.total);
          break;
        case 'rows': {
          const cells = unpackCells(m);
          let at = 0;
          for (let i = 0; i < m.rowNumbers.length; i++) {
            const n = m.lengths[i] as number;
            rows.push({ rowNumber: m.rowNumbers[i] as number, cells: cells.slice(at, at + n) });
            at += n;
          }
          break;
        }
        case 'done': {
          const table = tableFromRows(rows);
          if (m.encoding) table.encoding = m.encoding;
          finish(null, table);
          break;
        }
        case 'error':
          if ('code' in m && isErrorCode(m.code)) finish(new PanelisError(m.code, m.details));
          else finish(new PanelisError('IMPORT_UNREADABLE', { reason: 'message' in m ? m.message : 'unknown' }));
          break;
      }
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(new PanelisError('IMPORT_OUT_OF_MEMORY', { megabytes: heapMb }));
      else finish(new PanelisError('IMPORT_UNREADABLE', { reason: e.message.slice(0, 200) }));
    });
    worker.on('exit', (code) => {
      if (!settled) finish(new PanelisError('IMPORT_UNREADABLE', { reason: reason('READER_STOPPED', { code }) }));
    });
  });
}
