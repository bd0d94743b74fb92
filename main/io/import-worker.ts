import { parentPort, workerData } from 'node:worker_threads';
import { PanelisError } from '../../shared/errors';
import type { EncodingChoice } from './decode';
import { readTableInProcess } from './read-table-core';
import type { Cell } from './table';
import { packCells, ROWS_PER_MESSAGE, type FromWorker } from './worker-protocol';

/**
 * The import worker (its own entry, out/main/import-worker.js): reads one spreadsheet under
 * the heap limit read-table.ts gives it and sends the table back in chunks of rows (see
 * worker-protocol.ts), so that neither thread holds a second copy of the whole table while
 * it is being passed and the main thread takes it in small steps between other requests.
 */

const port = parentPort;
if (!port) throw new Error('import-worker runs only as a worker thread');
const input = workerData as { bytes: Uint8Array; encoding?: EncodingChoice };

function send(message: FromWorker): void {
  port!.postMessage(message);
}

async function run(): Promise<void> {
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const table = await readTableInProcess(bytes, (done, total) => send({ t: 'progress', done, total }), input.encoding);
  const rows = table.rows;
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
      // Sent rows are dropped here, so the worker's heap shrinks as the main thread's grows.
      rows[i] = undefined as never;
    }
    send({ t: 'rows', rowNumbers, lengths, ...packCells(cells) });
  }
  send({ t: 'done', headers: table.headers, ...(table.encoding ? { encoding: table.encoding } : {}) });
}

run().catch((e: unknown) => {
  if (e instanceof PanelisError) send({ t: 'error', code: e.code, details: e.details });
  else send({ t: 'error', message: e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200) });
});
