import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../main/domain/audit/actor';
import { verifyAuditChain } from '../../main/domain/audit/chain';
import { INSERT_CHUNK } from '../../main/domain/applicants/store';
import { commitImport, previewImport } from '../../main/domain/applicants/import';
import type { SheetTable } from '../../main/domain/applicants/table';
import { readTableInProcess } from '../../main/io/read-table-core';
import { closeVault, createVault, type Vault } from '../../main/vault/vault';
import { PanelisError } from '../../shared/errors';
import { PASSPHRASE, useTempDir } from '../helpers/temp';

/**
 * Nothing is half-imported: whatever the file and whatever goes wrong, a commit stores all
 * its rows or none, and the audit chain stays whole. One vault serves all runs (keying a
 * vault is deliberately slow); each run gets a selection of its own.
 */

const tempDir = useTempDir('panelis-import-robustness-');
const TODAY = new Date(2025, 7, 17);
const actor: Actor = { personId: 'p-1', name: 'Sekretaris', role: 'secretary' };
const xlsx = readFileSync(join(__dirname, '../fixtures/import/applicants.xlsx'));

let vault: Vault;
let selections = 0;

beforeAll(async () => {
  vault = await createVault(join(tempDir(), 'robust.panelis'), PASSPHRASE);
});
afterAll(async () => {
  await closeVault(vault);
});

async function newSelection(): Promise<string> {
  const id = `sel-${++selections}`;
  const at = new Date().toISOString();
  await vault.db
    .insertInto('selections')
    .values({
      id,
      kind: 'pppk',
      title: 'Seleksi PPPK',
      setup: '{}',
      template: null,
      visible_fields: '[]',
      import_mapping: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

async function state(selectionId: string): Promise<{ applicants: number; events: number; mapping: string | null }> {
  const a = await vault.db
    .selectFrom('applicants')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('selection_id', '=', selectionId)
    .executeTakeFirstOrThrow();
  const e = await vault.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const s = await vault.db.selectFrom('selections').select('import_mapping').where('id', '=', selectionId).executeTakeFirstOrThrow();
  return { applicants: Number(a.n), events: Number(e.n), mapping: s.import_mapping };
}

/** Reads, previews and commits `bytes`; any failure must be a PanelisError that left nothing behind. */
async function importOrNothing(bytes: Buffer): Promise<void> {
  const selectionId = await newSelection();
  const before = await state(selectionId);
  let expected = 0;
  try {
    const table = await readTableInProcess(bytes);
    const preview = await previewImport(vault, selectionId, table, undefined, {}, TODAY);
    expected = preview.acceptedRows;
    const r = await commitImport(vault, actor, selectionId, table, preview.mapping, {}, { name: 'x', sha256: '0'.repeat(64) }, TODAY);
    expect(r.imported).toBe(expected);
    expect((await state(selectionId)).applicants).toBe(expected);
    return;
  } catch (e) {
    if (!(e instanceof PanelisError)) throw e;
    expect([
      'IMPORT_UNREADABLE',
      'IMPORT_MAPPING_INCOMPLETE',
      'IMPORT_REJECTED_ROWS',
      'IMPORT_ENCODING_MIXED',
      'IMPORT_TOO_MANY_COLUMNS',
      'IMPORT_TOO_LARGE',
    ]).toContain(e.code);
  }
  expect(await state(selectionId)).toEqual(before);
}

const cellPool = fc.oneof(
  fc.constantFrom(
    'A-1',
    'A-2',
    'a-1',
    'Siti',
    'Çut Nyak Dhién',
    "Nur'aini",
    '',
    ' ',
    '1571010101800001',
    '0101010101700003',
    '123',
    '17/08/1985',
    '31/02/1990',
    '3,45',
    '87,5',
    '#N/A',
    'L',
    'X',
  ),
  fc.string({ maxLength: 10 }),
);

describe('an import is all or nothing', () => {
  it('for random tables with duplicates and bad values', async () => {
    const headers = ['No Peserta', 'Nama', 'NIK', 'Tanggal Lahir', 'IPK', 'L/P'];
    const rows = fc.array(fc.array(fc.oneof(cellPool, fc.integer(), fc.double(), fc.constant(null)), { minLength: 6, maxLength: 6 }), {
      maxLength: 25,
    });
    const outcomes = { stored: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(rows, async (cells) => {
        const table: SheetTable = { headers, rows: cells.map((c, i) => ({ rowNumber: i + 2, cells: c })) };
        const selectionId = await newSelection();
        const before = await state(selectionId);
        const preview = await previewImport(vault, selectionId, table, undefined, {}, TODAY);
        expect(preview.acceptedRows + preview.rejected.length).toBe(preview.totalRows);
        try {
          const r = await commitImport(vault, actor, selectionId, table, preview.mapping, {}, { name: 't', sha256: '1'.repeat(64) }, TODAY);
          expect(preview.rejected).toEqual([]);
          expect((await state(selectionId)).applicants).toBe(r.imported);
          if (r.imported > 0) outcomes.stored++;
        } catch (e) {
          expect(e).toBeInstanceOf(PanelisError);
          expect((e as PanelisError).code).toBe('IMPORT_REJECTED_ROWS');
          expect(await state(selectionId)).toEqual(before);
          outcomes.refused++;
        }
      }),
      // Biased towards short tables of good values too, so that some imports succeed.
      {
        numRuns: 60,
        examples: [
          [
            [
              ['A-1', 'Siti', '1571010101800001', '17/08/1985', '3,45', 'P'],
              ['A-2', "Nur'aini", null, null, 3.5, 'L'],
            ],
          ],
        ],
      },
    );
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.stored).toBeGreaterThan(0);
    expect((await verifyAuditChain(vault)).ok).toBe(true);
  });

  it('for random bytes, random CSV text and an XLSX cut at random lengths', async () => {
    const csv = fc
      .array(
        fc.array(cellPool, { maxLength: 5 }).map((c) => c.join(';')),
        { maxLength: 12 },
      )
      .map((lines) => Buffer.from(['No Peserta;Nama;NIK;Tgl Lahir;IPK', ...lines].join('\r\n'), 'utf8'));
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)),
      csv,
      fc.integer({ min: 0, max: xlsx.length }).map((n) => xlsx.subarray(0, n)),
    );
    await fc.assert(fc.asyncProperty(bytes, importOrNothing), { numRuns: 60 });
    expect((await verifyAuditChain(vault)).ok).toBe(true);
  });

  it('when something fails halfway through storing, or through checking inside the transaction', async () => {
    const n = INSERT_CHUNK * 2 + 100;
    const table: SheetTable = {
      headers: ['No Peserta', 'Nama', 'NIK'],
      rows: Array.from({ length: n }, (_, i) => ({ rowNumber: i + 2, cells: [`R-${i}`, `Pelamar ${i}`, String(3201010101900000 + i)] })),
    };
    const mapping = { 'No Peserta': 'registrationNumber', Nama: 'name', NIK: 'nik' } as const;
    for (const failIn of ['saving', 'checking'] as const) {
      const selectionId = await newSelection();
      const before = await state(selectionId);
      let stored = 0;
      const crash = commitImport(
        vault,
        actor,
        selectionId,
        table,
        mapping,
        {},
        { name: 'big.csv', sha256: '2'.repeat(64) },
        TODAY,
        (phase, done) => {
          if (phase === 'saving') stored = done;
          if (phase === failIn && done > INSERT_CHUNK) throw new Error('power cut, so to speak');
        },
      );
      await expect(crash).rejects.toThrow('power cut');
      if (failIn === 'saving') expect(stored).toBeGreaterThan(0); // rows had been written when it failed
      expect(await state(selectionId)).toEqual(before);
    }
    expect((await verifyAuditChain(vault)).ok).toBe(true);
    // And the same import, undisturbed, stores every row.
    const selectionId = await newSelection();
    const r = await commitImport(vault, actor, selectionId, table, mapping, {}, { name: 'big.csv', sha256: '2'.repeat(64) }, TODAY);
    expect(r.imported).toBe(n);
    expect((await state(selectionId)).applicants).toBe(n);
  });
});
