import { applicantFields, type ApplicantFieldKey } from '../../../shared/selection/applicant-fields';
import { ageOn, isoDate, readDate } from './dates';
import { fieldNames, problem, type Problem } from './problems';
import type { Cell } from './table';

/**
 * The rules for one applicant's values, whether they come from a spreadsheet cell or were
 * typed by the secretary (import, its in-place fixes, manual add and edit all come here):
 * the single place these rules live. (quick-rules.ts recognises the usual cells of an
 * import faster and must answer as these rules do; its tests hold it to that.)
 */

/** An applicant as stored: every value is text; absent fields are left out, never "". */
export type NormalisedApplicant = { registrationNumber: string; name: string } & Partial<Record<ApplicantFieldKey, string>>;

export type ApplicantValues = Partial<Record<ApplicantFieldKey, Cell>>;

export type NormaliseResult = { ok: true; applicant: NormalisedApplicant } | { ok: false; reasons: Problem[] };

/** The same limit as a value typed in the app (shared/contract/setup.ts). */
export const MAX_VALUE_LENGTH = 2000;
export const NIK_DIGITS = 16;
export const NIP_DIGITS = 18;
export const MIN_AGE = 15;
export const MAX_AGE = 80;
export const GPA_MAX = 4;

type FieldResult = { value: string | null } | { problem: Problem };

/**
 * A field's normalised text, null when absent, or the problem with it. A bare value rather
 * than a result object: the import calls this for every cell (1.8 million for 100,000 rows).
 */
export type FieldOutcome = string | null | Problem;

export function isProblem(outcome: FieldOutcome): outcome is Problem {
  return outcome !== null && typeof outcome === 'object';
}

export const requiredFields = applicantFields.filter((f) => f.required).map((f) => f.key) as ApplicantFieldKey[];

/** Excel's error values, which a formula cell shows when its calculation failed. */
const EXCEL_ERROR = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

/**
 * Whether text needs no tidying: no whitespace but single inner spaces, nothing invisible.
 * Most cells are like that; a character loop tells so faster than a regular expression.
 */
function isTidy(s: string): boolean {
  const last = s.length - 1;
  if (last < 0) return false;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || s.charCodeAt(i - 1) === 32) return false;
    } else if (c < 32 || c === 0x7f) {
      return false;
    } else if (
      c >= 0x80 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200d) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff)
    ) {
      return false;
    }
  }
  return true;
}

/** Whitespace as spreadsheets carry it: no-break spaces, zero-width spaces, line breaks in a cell. */
function tidy(s: string): string {
  if (isTidy(s)) return s;
  return s
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Integers print without ".0"; float noise from a spreadsheet (3.4500000000000002) is dropped. */
function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

/** Any cell as the text a person would read in it. */
export function cellText(cell: Cell): string | null {
  if (cell === null) return null;
  let s: string;
  if (typeof cell === 'string') s = cell;
  else if (typeof cell === 'number') s = numberText(cell);
  else if (typeof cell === 'boolean') s = cell ? 'TRUE' : 'FALSE';
  else {
    const r = readDate(cell);
    s = r.ok ? isoDate(r.date) : '';
  }
  const t = tidy(s);
  return t === '' ? null : t;
}

function lostDigits(field: 'nik' | 'nip' | 'registrationNumber'): Problem {
  const n = fieldNames[field];
  return problem(
    field,
    'NUMBER_LOST_DIGITS',
    `${n.id} tersimpan sebagai angka sehingga digitnya hilang (angka 0 di depan atau digit terakhir). Format kolom ${n.id} sebagai Teks di Excel, ketik ulang nilainya, lalu impor lagi.`,
    `${n.en} is stored as a number, so digits were lost (leading zeros or the last digits). Format the ${n.en} column as Text in Excel, type the values again, and import again.`,
  );
}

/** NIK and NIP: digits only, as text. Spaces, dots and dashes people type for readability are dropped. */
function identityNumber(field: 'nik' | 'nip', digits: number, cell: Cell): FieldOutcome {
  if (cell === null) return null;
  if (typeof cell === 'number') {
    // A number cell keeps 15-16 significant digits and no leading zero. A NIK may survive
    // that (16 digits, below 2^53); an 18-digit NIP never does.
    if (field === 'nik' && Number.isSafeInteger(cell) && String(cell).length === digits) return String(cell);
    return lostDigits(field);
  }
  const text = cellText(cell);
  if (text === null) return null;
  // What Excel writes to CSV for a long number in a General column: 3,20101E+15.
  if (/^\d+(?:[.,]\d+)?E\+?\d+$/i.test(text)) return lostDigits(field);
  const compact = /^\d+$/.test(text) ? text : text.replace(/^'/, '').replace(/[\s.-]/g, '');
  if (compact.length === digits && /^\d+$/.test(compact)) return compact;
  const n = fieldNames[field];
  const count = /^\d+$/.test(compact) ? compact.length : null;
  return problem(
    field,
    field === 'nik' ? 'NIK_FORMAT' : 'NIP_FORMAT',
    `${n.id} harus ${digits} angka${count !== null ? ` (tertulis ${count} angka)` : ' tanpa huruf'}: "${text}".`,
    `${n.en} must be ${digits} digits${count !== null ? ` (found ${count})` : ' without letters'}: "${text}".`,
  );
}

function registrationNumber(cell: Cell): FieldOutcome {
  if (typeof cell === 'number' && Number.isInteger(cell) && !Number.isSafeInteger(cell)) return lostDigits('registrationNumber');
  return cellText(cell);
}

function personName(cell: Cell): FieldOutcome {
  const text = cellText(cell);
  // NFC: the same name typed on different systems compares equal; every letter, diacritic,
  // apostrophe and title ("Dr. Ir. ..., M.B.A.") stays as written.
  return text === null ? null : text.normalize('NFC');
}

function birthDate(cell: Cell, today: Date): FieldOutcome {
  if (cell === null || typeof cell === 'boolean') return cell === null ? null : dateFormat(String(cell));
  if (typeof cell === 'string' && tidy(cell) === '') return null;
  const r = readDate(cell);
  const shown = typeof cell === 'string' ? tidy(cell) : (cellText(cell) ?? '');
  if (!r.ok && r.why === 'impossible') {
    return problem(
      'birthDate',
      'DATE_IMPOSSIBLE',
      `Tanggal lahir "${shown}" tidak ada di kalender (urutan yang dipakai: hari/bulan/tahun).`,
      `Date of birth "${shown}" does not exist (the order used is day/month/year).`,
    );
  }
  if (!r.ok) return dateFormat(shown);
  const age = ageOn(r.date, today);
  if (age < MIN_AGE || age > MAX_AGE) {
    return problem(
      'birthDate',
      'AGE_OUT_OF_RANGE',
      `Tanggal lahir ${isoDate(r.date)} berarti usia ${age} tahun; usia yang dapat diterima ${MIN_AGE}-${MAX_AGE} tahun. Periksa tahunnya.`,
      `Date of birth ${isoDate(r.date)} means an age of ${age}; accepted ages are ${MIN_AGE}-${MAX_AGE}. Check the year.`,
    );
  }
  return isoDate(r.date);
}

function dateFormat(shown: string): Problem {
  return problem(
    'birthDate',
    'DATE_FORMAT',
    `Tanggal lahir "${shown}" tidak dikenali. Tulis sebagai hh/bb/tttt, misalnya 17/08/1985.`,
    `Date of birth "${shown}" is not recognised. Write it as dd/mm/yyyy, for example 17/08/1985.`,
  );
}

const GENDERS: Record<string, 'L' | 'P'> = {
  l: 'L',
  lk: 'L',
  lakilaki: 'L',
  laki: 'L',
  pria: 'L',
  m: 'L',
  male: 'L',
  man: 'L',
  p: 'P',
  pr: 'P',
  perempuan: 'P',
  wanita: 'P',
  w: 'P',
  f: 'P',
  female: 'P',
  woman: 'P',
};

function gender(cell: Cell): FieldOutcome {
  const text = cellText(cell);
  if (text === null) return null;
  if (text === 'L' || text === 'P') return text;
  const g = GENDERS[text.toLowerCase().replace(/[\s.\-/]/g, '')];
  if (g) return g;
  return problem(
    'gender',
    'GENDER_UNKNOWN',
    `Jenis kelamin "${text}" tidak dikenali; gunakan L (laki-laki) atau P (perempuan).`,
    `Gender "${text}" is not recognised; use L (male) or P (female).`,
  );
}

/** GPA as exact decimal text with a dot: "3,45" and 3.45 both become "3.45". */
function gpa(cell: Cell): FieldOutcome {
  let text: string | null;
  if (typeof cell === 'number') text = Number.isFinite(cell) ? numberText(cell) : null;
  else if (typeof cell === 'string') text = tidy(cell).replace(/\s/g, '');
  else text = cellText(cell);
  if (text === null || text === '') return null;
  const hasComma = text.includes(',');
  const hasDot = text.includes('.');
  const dotted = hasComma && !hasDot ? text.replace(',', '.') : text;
  const m = /^(\d*)(?:\.(\d+))?$/.exec(dotted);
  if ((hasComma && hasDot) || !m || (m[1] === '' && m[2] === undefined)) {
    return problem('gpa', 'GPA_FORMAT', `IPK "${text}" bukan angka (contoh: 3,45).`, `GPA "${text}" is not a number (for example 3.45).`);
  }
  const whole = (m[1] ?? '').replace(/^0+(?=\d)/, '') || '0';
  const value = m[2] === undefined ? whole : `${whole}.${m[2]}`;
  return gpaInRange(value);
}

/** A GPA read as dotted text, refused above the scale. */
function gpaInRange(value: string): FieldOutcome {
  if (Number(value) > GPA_MAX) {
    return problem(
      'gpa',
      'GPA_OUT_OF_RANGE',
      `IPK ${value} di luar rentang 0-${GPA_MAX}. Periksa apakah kolom ini benar IPK.`,
      `GPA ${value} is outside 0-${GPA_MAX}. Check that this column really is the GPA.`,
    );
  }
  return value;
}

/** One field's value, normalised (null: absent), or the problem with it. `today` is for the age check. */
export function normaliseCell(field: ApplicantFieldKey, cell: Cell, today: Date): FieldOutcome {
  if (typeof cell === 'string' && EXCEL_ERROR.test(cell.trim())) {
    const n = fieldNames[field];
    return problem(
      field,
      'CELL_ERROR',
      `${n.id} berisi kesalahan rumus Excel ${cell.trim()}; perbaiki sel tersebut.`,
      `${n.en} holds the Excel formula error ${cell.trim()}; fix that cell.`,
    );
  }
  let r: FieldOutcome;
  switch (field) {
    case 'registrationNumber':
      r = registrationNumber(cell);
      break;
    case 'name':
      r = personName(cell);
      break;
    case 'nik':
      r = identityNumber('nik', NIK_DIGITS, cell);
      break;
    case 'nip':
      r = identityNumber('nip', NIP_DIGITS, cell);
      break;
    case 'birthDate':
      r = birthDate(cell, today);
      break;
    case 'gender':
      r = gender(cell);
      break;
    case 'gpa':
      r = gpa(cell);
      break;
    default:
      r = cellText(cell);
  }
  if (typeof r === 'string' && r.length > MAX_VALUE_LENGTH) {
    const n = fieldNames[field];
    return problem(
      field,
      'TOO_LONG',
      `${n.id} terlalu panjang (${r.length} karakter; paling banyak ${MAX_VALUE_LENGTH}).`,
      `${n.en} is too long (${r.length} characters; at most ${MAX_VALUE_LENGTH}).`,
    );
  }
  return r;
}

/** `normaliseCell` as a result object: `{ value }` or `{ problem }`. */
export function normaliseField(field: ApplicantFieldKey, cell: Cell, today: Date): FieldResult {
  const r = normaliseCell(field, cell, today);
  return isProblem(r) ? { problem: r } : { value: r };
}

/** The REQUIRED problem of a required field left empty. */
export function requiredProblem(field: ApplicantFieldKey): Problem {
  const n = fieldNames[field];
  return problem(field, 'REQUIRED', `${n.id} wajib diisi.`, `${n.en} is required.`);
}

/**
 * Normalises every given field and reports every problem, not just the first. Also used
 * where a rejected row's good values still matter (duplicate checks): see `normaliseValues`.
 */
export function normaliseValues(
  values: ApplicantValues,
  today: Date,
): { applicant: Partial<Record<ApplicantFieldKey, string>>; reasons: Problem[] } {
  const applicant: Partial<Record<ApplicantFieldKey, string>> = {};
  const reasons: Problem[] = [];
  for (const key of Object.keys(values) as ApplicantFieldKey[]) {
    const cell = values[key];
    if (cell === undefined) continue;
    const r = normaliseCell(key, cell, today);
    if (isProblem(r)) reasons.push(r);
    else if (r !== null) applicant[key] = r;
  }
  for (const key of requiredFields) {
    if (applicant[key] === undefined && !reasons.some((p) => p.field === key)) reasons.push(requiredProblem(key));
  }
  return { applicant, reasons };
}

export function normaliseApplicant(values: ApplicantValues, today: Date): NormaliseResult {
  const { applicant, reasons } = normaliseValues(values, today);
  if (reasons.length > 0) return { ok: false, reasons };
  return { ok: true, applicant: applicant as NormalisedApplicant };
}
