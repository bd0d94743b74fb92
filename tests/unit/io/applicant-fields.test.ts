import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseApplicant, normaliseField } from '../../../main/domain/applicants/fields';
import type { Cell } from '../../../main/domain/applicants/table';
import type { ApplicantFieldKey } from '../../../shared/selection/applicant-fields';

// The applicant rules live in main/domain/applicants/fields.ts; they are tested here, next
// to the readers whose cells they receive.

const today = new Date(2025, 7, 17);

function value(field: ApplicantFieldKey, cell: Cell): string | null {
  const r = normaliseField(field, cell, today);
  if ('problem' in r) throw new Error(`${field} ${String(cell)}: ${r.problem.code}`);
  return r.value;
}

function code(field: ApplicantFieldKey, cell: Cell): string {
  const r = normaliseField(field, cell, today);
  if (!('problem' in r)) throw new Error(`${field} ${String(cell)} was accepted as ${r.value}`);
  expect(r.problem.message.id.length).toBeGreaterThan(10);
  expect(r.problem.message.en.length).toBeGreaterThan(10);
  expect(r.problem.field).toBe(field);
  return r.problem.code;
}

describe('applicant fields', () => {
  it('registration number: text trimmed; an Excel number without ".0"', () => {
    expect(value('registrationNumber', '  JPT-2025-001 ')).toBe('JPT-2025-001');
    expect(value('registrationNumber', 4000)).toBe('4000');
    expect(value('registrationNumber', 12.5)).toBe('12.5');
    expect(code('registrationNumber', 12345678901234567890)).toBe('NUMBER_LOST_DIGITS');
  });

  it('name: spaces tidied, apostrophes, diacritics and titles kept exactly', () => {
    expect(value('name', "  Sitti   Nur'aini ")).toBe("Sitti Nur'aini");
    expect(value('name', 'Sitti Nur’aini')).toBe('Sitti Nur’aini');
    expect(value('name', 'Zaenal Abidin, S.H., M.Si.')).toBe('Zaenal Abidin, S.H., M.Si.');
    expect(value('name', 'Dr. Ir. Bambang Soesatyo,\u00a0M.B.A.')).toBe('Dr. Ir. Bambang Soesatyo, M.B.A.');
    expect(value('name', 'C\u0327ut Nyak Dhie\u0301n')).toBe('Çut Nyak Dhién'); // NFD typed on a Mac -> NFC
    expect(value('name', 'Made\nWirawan\u200b')).toBe('Made Wirawan');
    expect(value('name', '   ')).toBeNull();
  });

  it('NIK: 16 digits as text, leading zeros kept; a number only if it kept all 16 digits', () => {
    expect(value('nik', '0101010101700003')).toBe('0101010101700003');
    expect(value('nik', "'3273011203780002")).toBe('3273011203780002');
    expect(value('nik', '3273 0112 0378 0002')).toBe('3273011203780002');
    expect(value('nik', 3171010101700003)).toBe('3171010101700003');
    expect(code('nik', 9273011203780002)).toBe('NUMBER_LOST_DIGITS'); // above 2^53: digits already lost
    expect(code('nik', 101010101700003)).toBe('NUMBER_LOST_DIGITS'); // the leading zero is gone
    expect(code('nik', '3,20101E+15')).toBe('NUMBER_LOST_DIGITS'); // Excel's CSV of a General column
    expect(code('nik', '327301120378')).toBe('NIK_FORMAT');
    expect(code('nik', '32730112037800AB')).toBe('NIK_FORMAT');
    const lost = normaliseField('nik', 101010101700003, today);
    expect('problem' in lost && lost.problem.message.id).toMatch(/Teks/);
    expect('problem' in lost && lost.problem.message.en).toMatch(/Text/);
  });

  it('NIP: 18 digits as text; as an Excel number it always lost digits', () => {
    expect(value('nip', '198508172010012001')).toBe('198508172010012001');
    expect(value('nip', '19850817 201001 2 001')).toBe('198508172010012001');
    expect(code('nip', 198508172010012000)).toBe('NUMBER_LOST_DIGITS');
    expect(code('nip', 1234)).toBe('NUMBER_LOST_DIGITS');
    expect(code('nip', '19850817201001200')).toBe('NIP_FORMAT');
  });

  it('birth date: dd/mm/yyyy, dd-mm-yyyy, d/m/yyyy, ISO, Indonesian month names, Excel dates and serials -> ISO', () => {
    expect(value('birthDate', '17/08/1985')).toBe('1985-08-17');
    expect(value('birthDate', '17-08-1985')).toBe('1985-08-17');
    expect(value('birthDate', '1/2/1990')).toBe('1990-02-01');
    expect(value('birthDate', '1985-08-17')).toBe('1985-08-17');
    expect(value('birthDate', '17 Agustus 1985')).toBe('1985-08-17');
    expect(value('birthDate', '5 Des 1979')).toBe('1979-12-05');
    expect(value('birthDate', new Date(Date.UTC(1985, 7, 17)))).toBe('1985-08-17');
    expect(value('birthDate', new Date(Date.UTC(1985, 7, 16, 23, 59, 59, 999)))).toBe('1985-08-17'); // float noise
    expect(value('birthDate', 31276)).toBe('1985-08-17');
    expect(value('birthDate', 32000)).toBe('1987-08-11');
  });

  it('birth date: refuses impossible dates, unknown formats and ages outside 15-80', () => {
    expect(code('birthDate', '31/02/1990')).toBe('DATE_IMPOSSIBLE');
    expect(code('birthDate', '08/17/1985')).toBe('DATE_IMPOSSIBLE'); // month/day order is not guessed
    expect(code('birthDate', '29/02/1991')).toBe('DATE_IMPOSSIBLE');
    expect(value('birthDate', '29/02/1992')).toBe('1992-02-29');
    expect(code('birthDate', '17/08/85')).toBe('DATE_FORMAT');
    expect(code('birthDate', 'kemarin')).toBe('DATE_FORMAT');
    expect(code('birthDate', true)).toBe('DATE_FORMAT');
    expect(code('birthDate', '01/01/2015')).toBe('AGE_OUT_OF_RANGE');
    expect(code('birthDate', '01/01/1940')).toBe('AGE_OUT_OF_RANGE');
    expect(value('birthDate', '17/08/2010')).toBe('2010-08-17'); // 15 today
    expect(code('birthDate', '18/08/2010')).toBe('AGE_OUT_OF_RANGE'); // 15 tomorrow
    expect(value('birthDate', '18/08/1944')).toBe('1944-08-18'); // still 80
    expect(code('birthDate', '17/08/1944')).toBe('AGE_OUT_OF_RANGE'); // 81 today
  });

  it('gender: L or P from the ways offices write it', () => {
    for (const v of ['L', 'l', 'Laki-laki', 'LAKI - LAKI', 'Pria', 'M', 'Male']) expect(value('gender', v)).toBe('L');
    for (const v of ['P', 'p', 'Perempuan', 'Wanita', 'F', 'female']) expect(value('gender', v)).toBe('P');
    expect(code('gender', 'X')).toBe('GENDER_UNKNOWN');
  });

  it('GPA: exact decimal text with a dot, within 0-4', () => {
    expect(value('gpa', '3,45')).toBe('3.45');
    expect(value('gpa', '3.45')).toBe('3.45');
    expect(value('gpa', 3.45)).toBe('3.45');
    expect(value('gpa', 3.4500000000000002)).toBe('3.45');
    expect(value('gpa', '3,40')).toBe('3.40');
    expect(value('gpa', ' 4 ')).toBe('4');
    expect(value('gpa', '03,5')).toBe('3.5');
    expect(code('gpa', '87,5')).toBe('GPA_OUT_OF_RANGE');
    expect(code('gpa', '4,01')).toBe('GPA_OUT_OF_RANGE');
    expect(code('gpa', '3.450,5')).toBe('GPA_FORMAT');
    expect(code('gpa', 'tiga')).toBe('GPA_FORMAT');
    expect(code('gpa', '-1')).toBe('GPA_FORMAT');
  });

  it('other fields: tidied text; an Excel error in any field is refused by name', () => {
    expect(value('agency', ' Dinas  Pendidikan ')).toBe('Dinas Pendidikan');
    expect(value('phone', 81234567890)).toBe('81234567890');
    expect(value('address', 'Jl. Merdeka No. 5;\r\nRT 02')).toBe('Jl. Merdeka No. 5; RT 02');
    expect(code('birthPlace', '#N/A')).toBe('CELL_ERROR');
    expect(code('agency', '#REF!')).toBe('CELL_ERROR');
    expect(code('address', 'x'.repeat(2001))).toBe('TOO_LONG');
  });

  it('normaliseApplicant: required fields, every problem reported, absent fields left out', () => {
    expect(normaliseApplicant({ registrationNumber: 'A-1', name: 'Siti', nik: null, gpa: '3,5' }, today)).toEqual({
      ok: true,
      applicant: { registrationNumber: 'A-1', name: 'Siti', gpa: '3.5' },
    });
    const r = normaliseApplicant({ name: ' ', nik: '123', birthDate: '31/02/1990' }, today);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reasons.map((p) => [p.field, p.code])).toEqual([
      ['nik', 'NIK_FORMAT'],
      ['birthDate', 'DATE_IMPOSSIBLE'],
      ['registrationNumber', 'REQUIRED'],
      ['name', 'REQUIRED'],
    ]);
  });

  it('never throws, whatever the cell', () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }));
    const field = fc.constantFrom<ApplicantFieldKey>('registrationNumber', 'name', 'nik', 'nip', 'birthDate', 'gender', 'gpa', 'address');
    fc.assert(
      fc.property(field, cell, (f, c) => {
        const r = normaliseField(f, c, today);
        if ('value' in r && r.value !== null) expect(r.value).toBe(r.value.trim());
      }),
      { numRuns: 2000 },
    );
  });
});
