import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseCell } from '../../../main/domain/applicants/fields';
import { cellRule } from '../../../main/domain/applicants/quick-rules';
import type { Cell } from '../../../main/domain/applicants/table';
import { applicantFieldKeys, type ApplicantFieldKey } from '../../../shared/selection/applicant-fields';

// The import applies the field rules through quick-rules.ts, which recognises the usual cell
// itself and hands the rest to normaliseCell: both must always give the same answer.

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** Characters the rules treat specially: spaces of every kind, invisible ones, controls, marks, separators. */
const tricky = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u2028',
  '\u3000',
  '\x01',
  '\x7f',
  '\x85',
  '#',
  '#N/A',
  '#REF!',
  "'",
  '"',
  '\\',
  ',',
  '.',
  '-',
  '/',
  'é',
  'e\u0301',
  '\u0300',
  'Ç',
  '’',
  '😀',
  '\ud800',
  'ß',
);
const word = fc.constantFrom('Siti', 'JPT-001', 'jpt-001', 'L', 'P', 'l', 'Pria', 'Islam', 'S1', 'Dinas Pendidikan', 'x');
const digits = fc.integer({ min: 0, max: 20 }).chain((n) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`)));
const dmy = fc
  .tuple(
    fc.integer({ min: 0, max: 35 }),
    fc.integer({ min: 0, max: 14 }),
    fc.integer({ min: 1900, max: 2030 }),
    fc.constantFrom('/', '.', '-', ' ', ':'),
  )
  .map(([d, m, y, s]) => `${pad(d, 2)}${s}${pad(m, 2)}${s}${y}`);
const gpaText = fc
  .tuple(fc.stringMatching(/^[0-9]{0,3}$/), fc.constantFrom('', ',', '.', ',,', ', '), fc.stringMatching(/^[0-9]{0,3}$/))
  .map(([a, s, b]) => `${a}${s}${b}`);
const text = fc.array(fc.oneof(tricky, word, digits), { maxLength: 6 }).map((parts) => parts.join(''));

const cell: fc.Arbitrary<Cell> = fc.oneof(
  text,
  digits,
  dmy,
  gpaText,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
);

const todays = [new Date(2025, 7, 17), new Date(2024, 1, 29), new Date(2025, 0, 1), new Date(2025, 11, 31)];

describe('quick field rules', () => {
  it('give what normaliseCell gives, for every field and any cell', () => {
    fc.assert(
      fc.property(fc.constantFrom<ApplicantFieldKey>(...applicantFieldKeys), cell, fc.constantFrom(...todays), (field, c, today) => {
        expect(cellRule(field, today)(c)).toEqual(normaliseCell(field, c, today));
      }),
      { numRuns: 5000 },
    );
  });

  it('agree at the edges: ages 15 and 80, leap days, GPA 4, long values', () => {
    const today = new Date(2025, 7, 17);
    const cases: [ApplicantFieldKey, Cell][] = [
      ['birthDate', '17/08/2010'],
      ['birthDate', '18/08/2010'],
      ['birthDate', '18/08/1944'],
      ['birthDate', '17/08/1944'],
      ['birthDate', '29/02/1992'],
      ['birthDate', '29/02/1991'],
      ['birthDate', '31/04/1990'],
      ['birthDate', '00/01/1990'],
      ['birthDate', '08/17/1985'],
      ['birthDate', '17-08-1985'],
      ['birthDate', '17.08.1985'],
      ['birthDate', '1/2/1990'],
      ['gpa', '4'],
      ['gpa', '4,00'],
      ['gpa', '4,01'],
      ['gpa', '0'],
      ['gpa', '000'],
      ['gpa', ',5'],
      ['gpa', '3,'],
      ['gpa', '.'],
      ['gpa', `0,${'1'.repeat(1998)}`],
      ['gpa', `0,${'1'.repeat(1999)}`],
      ['gpa', `0,${'1'.repeat(2000)}`],
      ['address', 'x'.repeat(2000)],
      ['address', 'x'.repeat(2001)],
      ['name', 'x'.repeat(2001)],
      ['nik', '0101010101700003'],
      ['nik', '010101010170000'],
      ['nip', '198508172010012001'],
      ['nik', 3171010101700003],
      ['name', 'Çut Nyak Dhién'],
      ['name', 'C\u0327ut'],
      ['name', '#N/A'],
      ['agency', ' #REF! '],
      ['gender', 'L'],
      ['gender', 'l'],
    ];
    for (const [field, c] of cases) expect([field, c, cellRule(field, today)(c)]).toEqual([field, c, normaliseCell(field, c, today)]);
    // Every day of a leap year and of the years around the age limits.
    for (const year of [1944, 1945, 1992, 2009, 2010, 2011]) {
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
        const d = new Date(t);
        const c = `${pad(d.getUTCDate(), 2)}/${pad(d.getUTCMonth() + 1, 2)}/${year}`;
        expect(cellRule('birthDate', today)(c)).toEqual(normaliseCell('birthDate', c, today));
      }
    }
  });
});
