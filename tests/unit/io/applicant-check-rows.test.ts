import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRows, rowValues, type ImportOverrides, type MappedColumn } from '../../../main/domain/applicants/check-rows';
import { duplicateKey, duplicatesInFile, uniqueFields, type UniqueField } from '../../../main/domain/applicants/duplicates';
import { normaliseValues } from '../../../main/domain/applicants/fields';
import { fieldNames, problem, rowList, type Problem } from '../../../main/domain/applicants/problems';
import type { Cell, SheetTable } from '../../../main/domain/applicants/table';
import type { ApplicantFieldKey } from '../../../shared/selection/applicant-fields';

// The import checks a table column by column (check-rows.ts); these tests hold it to the
// row-by-row rules it replaced: normaliseValues of rowValues for every row, and duplicates
// found the way the per-row version found them.

const today = new Date(2025, 7, 17);
const headers = ['No', 'No Peserta', 'Nama', 'NIK', 'NIP', 'Tgl Lahir', 'IPK', 'L/P', 'Alamat'];
const columns: MappedColumn[] = [
  ['registrationNumber', 1],
  ['name', 2],
  ['nik', 3],
  ['nip', 4],
  ['birthDate', 5],
  ['gpa', 6],
  ['gender', 7],
  ['address', 8],
];

const cellPool: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom('A-1', 'a-1', 'A-2', 'Siti', 'Çut Nyak Dhién', ' ', '', '\u200b', '#N/A', '1571010101800001', '198508172010012001'),
  fc.constantFrom('17/08/1985', '31/02/1990', '3,45', '87,5', 'L', 'X', 'Jl. Merdeka  No. 5'),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double(),
  fc.constant(null),
);

const tables = fc
  .array(fc.array(cellPool, { minLength: 0, maxLength: headers.length + 1 }), { maxLength: 30 })
  .map((rows): SheetTable => ({ headers, rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })) }));

const overridesFor = (rowCount: number): fc.Arbitrary<ImportOverrides> =>
  fc.dictionary(
    fc.integer({ min: 2, max: rowCount + 2 }).map(String),
    fc.dictionary(
      fc.constantFrom<ApplicantFieldKey>('registrationNumber', 'name', 'nik', 'email', 'birthDate'),
      fc.constantFrom('A-9', 'Budi', '', ' ', '123', 'x@y.id', '01/01/1990'),
    ),
    { maxKeys: 4 },
  );

/** The per-row version of duplicatesInFile that the column version replaced. */
function duplicatesByRow(rows: { rowNumber: number; values: Partial<Record<UniqueField, string>> }[]): Map<number, Problem[]> {
  const out = new Map<number, Problem[]>();
  for (const field of uniqueFields) {
    const groups = new Map<string, number[]>();
    rows.forEach((row, i) => {
      const v = row.values[field];
      if (v !== undefined) groups.set(duplicateKey(field, v), [...(groups.get(duplicateKey(field, v)) ?? []), i]);
    });
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const i of group) {
        const shown = group
          .slice(0, 6)
          .filter((x) => x !== i)
          .slice(0, 5)
          .map((x) => rows[x]!.rowNumber);
        const others = rowList(shown, group.length - 1);
        const v = rows[i]!.values[field];
        const n = fieldNames[field];
        const p = problem(
          field,
          'DUPLICATE_IN_FILE',
          `${n.id} ${v} juga ada di ${others.id}. Hapus baris ganda atau perbaiki nomornya.`,
          `${n.en} ${v} also appears in ${others.en}. Remove the duplicate row or correct the number.`,
        );
        out.set(i, [...(out.get(i) ?? []), p]);
      }
    }
  }
  return out;
}

describe('checking a table by columns', () => {
  it('says of every row what normaliseValues says of it, fixes included, and finds the same duplicates', async () => {
    await fc.assert(
      fc.asyncProperty(
        tables.chain((t) => fc.tuple(fc.constant(t), overridesFor(t.rows.length))),
        async ([table, overrides]) => {
          const checked = await checkRows(table, columns, overrides, today);
          const expected = table.rows.flatMap((row) => {
            const values = rowValues(row, columns, overrides);
            return values === null ? [] : [{ row, ...normaliseValues(values, today) }];
          });
          expect(checked.rows).toEqual(expected.map((e) => e.row));
          expected.forEach((e, k) => {
            const got: Record<string, string> = {};
            for (const [f, column] of Object.entries(checked.values)) if (column?.[k] !== undefined) got[f] = column[k];
            expect(got).toEqual(e.applicant);
            expect(checked.problems.get(k) ?? []).toEqual(e.reasons);
          });
          const byRow = duplicatesByRow(expected.map((e) => ({ rowNumber: e.row.rowNumber, values: e.applicant })));
          expect(duplicatesInFile(checked.rows, checked.values)).toEqual(byRow);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names at most five other rows of a repeated key, and counts the rest', () => {
    const rows = Array.from({ length: 9 }, (_, i) => ({ rowNumber: i + 2 }));
    const dup = duplicatesInFile(rows, { nik: rows.map(() => '1571010101800001') });
    expect(dup.size).toBe(9);
    expect(dup.get(0)?.[0]?.message.en).toBe(
      'NIK 1571010101800001 also appears in rows 3, 4, 5, 6, 7 and 3 more. Remove the duplicate row or correct the number.',
    );
    expect(duplicatesInFile(rows, { registrationNumber: rows.map((_, i) => (i === 4 ? 'jpt-1' : i === 7 ? 'JPT-1' : `R-${i}`)) })).toEqual(
      new Map([
        [4, [expect.objectContaining({ field: 'registrationNumber', code: 'DUPLICATE_IN_FILE' })]],
        [7, [expect.objectContaining({ field: 'registrationNumber', code: 'DUPLICATE_IN_FILE' })]],
      ]),
    );
  });
});
