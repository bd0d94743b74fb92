import { parentPort, workerData } from 'node:worker_threads';
import { PanelisError } from '../../shared/errors';
import type { EncodingChoice } from './decode';
import type { RawRow } from './headers';
import { readRowsInProcess } from './read-table-core';
import type { Cell } from './table';
import { packCells, ROWS_PER_MESSAGE, type FromWorker } from './worker-protocol';

/**
 * The import worker (its own entry, out/main/import-worker.js): reads one spreadsheet under
 * the heap limit read-table.ts gives it and sends the rows back in chunks as they are read
 * (see worker-protocol.ts), so that the worker never holds a second copy of the table and the
 * main thread takes it in small steps between other requests; the main thread finds the
 * header and builds the table (headers.ts) once all rows are there.
 */

const port = parentPort;
if (!port) throw new Error('import-worker runs only as a worker thread');
const input = workerData as { bytes: Uint8Array; encoding?: EncodingChoice };

function send(message: FromWorker): void {
  port!.postMessage(message);
}

/** Rows go as soon as a chunk is full: they die young here, so the worker never holds the sheet's table. */
function sendRows(rows: RawRow[]): void {
  for (let from = 0; from < rows.length; from += ROWS_PER_MESSAGE) {
    const to = Math.min(rows.length, from + ROWS_PER_MESSAGE);
    const rowNumbers = new Int32Array(to - from);
    const lengths = new Int32Array(to - from);
    const cells: Cell[] = [];
    for (let i = from; i < to; i++) {
      const r = rows[i]!;
      rowNumbers[i - from] = r.rowNumber;
      lengths[i - from] = r.cells.length;
      for (const c of r.cells) cells.push(c ?? null);
      rows[i] = undefined as never;
    }
    send({ t: 'rows', rowNumbers, lengths, ...packCells(cells) });
  }
}

async function run(): Promise<void> {
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const r = await readRowsInProcess(bytes, (done, total) => send({ t: 'progress', done, total }), input.encoding, sendRows);
  sendRows(r.rows);
  send({ t: 'done', ...(r.encoding ? { encoding: r.encoding } : {}) });
}

run().catch((e: unknown) => {
  if (e instanceof PanelisError) send({ t: 'error', code: e.code, details: e.details });
  else send({ t: 'error', message: e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200) });
});
