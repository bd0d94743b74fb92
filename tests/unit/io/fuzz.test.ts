import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTableInProcess } from '../../../main/io/read-table-core';
import { PanelisError } from '../../../shared/errors';

/**
 * Whatever the bytes, reading a spreadsheet either gives a table or fails with
 * IMPORT_UNREADABLE: never another exception, never a hang (vitest's timeout would say so).
 */

const xlsx = readFileSync(join(__dirname, '../../fixtures/import/applicants.xlsx'));

async function readsOrRefuses(bytes: Buffer): Promise<void> {
  try {
    // The parser itself, in this thread (a worker per run would cost 0.2 s each); read-table.test.ts covers the worker.
    const t = await readTableInProcess(bytes);
    for (const r of t.rows) expect(r.cells.length).toBeLessThanOrEqual(t.headers.length);
    expect(new Set(t.headers).size).toBe(t.headers.length);
  } catch (e) {
    if (
      !(e instanceof PanelisError) ||
      !['IMPORT_UNREADABLE', 'IMPORT_TOO_LARGE', 'IMPORT_TOO_MANY_COLUMNS', 'IMPORT_ENCODING_MIXED'].includes(e.code)
    )
      throw e;
  }
}

describe('readTable never crashes', () => {
  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), (b) => readsOrRefuses(Buffer.from(b))),
      { numRuns: 300 },
    );
  });

  it('on random CSV-ish text in any of its encodings', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('"', '""', '";"', ';', ',', '\t', '\r\n', '\n', '=1+1', 'Çut Nyak Dhién', "Nur'aini", '3,45', '31/02/1990', '\ufeff'),
    );
    const text = fc
      .array(
        fc.array(cell, { maxLength: 8 }).map((cells) => cells.join(';')),
        { maxLength: 30 },
      )
      .map((lines) => lines.join('\r\n'));
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom<BufferEncoding>('utf8', 'latin1', 'utf16le'), (t, enc) => readsOrRefuses(Buffer.from(t, enc))),
      { numRuns: 300 },
    );
  });

  it('on an XLSX cut at any length', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: xlsx.length - 1 }), (n) => readsOrRefuses(xlsx.subarray(0, n))),
      { numRuns: 200 },
    );
  });

  it('on an XLSX with bytes changed anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: xlsx.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (edits) => {
          const b = Buffer.from(xlsx);
          for (const [at, v] of edits) b[at] = v;
          await readsOrRefuses(b);
        },
      ),
      { numRuns: 300 },
    );
  });
});
