import type { ApplicantFieldKey } from '../../../shared/selection/applicant-fields';
import { GPA_MAX, MAX_AGE, MAX_VALUE_LENGTH, MIN_AGE, NIK_DIGITS, NIP_DIGITS, normaliseCell, type FieldOutcome } from './fields';
import type { Cell } from './table';

/**
 * The rules of fields.ts as one function per field, for a whole column of an import. Each
 * first recognises the usual cell, one that the rules would return unchanged or barely
 * changed, and returns what `normaliseCell` would; anything else goes to `normaliseCell`.
 * Most cells of a 100,000-row file are usual, and the general rules (trimming, replacing,
 * Date objects, one result object per value) were most of an import's checking time.
 *
 * Tests of long text are regular expressions rather than character loops: cells split from
 * one file's text are slices of it (from 13 characters on), and V8 reads a slice a character
 * at a time three times slower than it scans one with a regular expression. Dates and GPAs
 * are shorter, copied, and read fastest by character without allocating a match.
 */

export type CellRule = (cell: Cell) => FieldOutcome;

/**
 * Text the rules keep as it is: not starting with "#" (an Excel error such as #N/A), no
 * whitespace but single spaces between words, no control or invisible character (the
 * characters fields.ts tidies away or keeps out of a tidy cell).
 */
const CLEAN_TEXT = /^(?!#)[^\s\x00-\x1f\x7f\u200b-\u200d]+(?: [^\s\x00-\x1f\x7f\u200b-\u200d]+)*$/;

/**
 * Clean text that is also surely in NFC: nothing from U+0300 up. Below it nothing decomposes
 * into what would not compose back, and composing needs a combining mark (U+0300 and up).
 */
const CLEAN_NFC_TEXT = /^(?!#)[^\s\x00-\x1f\x7f\u0300-\uffff]+(?: [^\s\x00-\x1f\x7f\u0300-\uffff]+)*$/;

const NIK_TEXT = new RegExp(`^\\d{${NIK_DIGITS}}$`);
const NIP_TEXT = new RegExp(`^\\d{${NIP_DIGITS}}$`);

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** yyyymmdd as a number: dates compare as these do. */
function dayKey(year: number, month: number, day: number): number {
  return year * 10_000 + month * 100 + day;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isDateSeparator(c: number): boolean {
  return c === 47 || c === 46 || c === 45; // / . -
}

function cleanText(field: ApplicantFieldKey, today: Date, pattern: RegExp): CellRule {
  // Constants are copied into the closures: compiled to CommonJS (tsx, tests), every use of an
  // imported binding is a property read, a million times per import.
  const max = MAX_VALUE_LENGTH;
  return (cell) => (typeof cell === 'string' && cell.length <= max && pattern.test(cell) ? cell : normaliseCell(field, cell, today));
}

function identityNumber(field: 'nik' | 'nip', today: Date, pattern: RegExp): CellRule {
  return (cell) => (typeof cell === 'string' && pattern.test(cell) ? cell : normaliseCell(field, cell, today));
}

/**
 * dd/mm/yyyy (or with "." or "-"), how nearly every date cell is written, of a day that
 * exists and someone aged MIN_AGE to MAX_AGE on `today`, as ISO text. The age follows
 * ageOn: at least MIN_AGE when born on or before today's date MIN_AGE years ago, at most
 * MAX_AGE when born after today's date MAX_AGE + 1 years ago.
 */
function birthDate(today: Date): CellRule {
  const y = today.getFullYear();
  const m = today.getMonth() + 1;
  const d = today.getDate();
  const latest = dayKey(y - MIN_AGE, m, d);
  const beforeEarliest = dayKey(y - MAX_AGE - 1, m, d);
  const quick = (s: string): string | null => {
    if (s.length !== 10 || !isDateSeparator(s.charCodeAt(2)) || !isDateSeparator(s.charCodeAt(5))) return null;
    for (let i = 0; i < 10; i++) if (i !== 2 && i !== 5 && !isDigit(s.charCodeAt(i))) return null;
    const day = (s.charCodeAt(0) - 48) * 10 + s.charCodeAt(1) - 48;
    const month = (s.charCodeAt(3) - 48) * 10 + s.charCodeAt(4) - 48;
    const year = (s.charCodeAt(6) - 48) * 1000 + (s.charCodeAt(7) - 48) * 100 + (s.charCodeAt(8) - 48) * 10 + s.charCodeAt(9) - 48;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    const key = dayKey(year, month, day);
    if (key > latest || key <= beforeEarliest) return null;
    return `${s.slice(6)}-${s.slice(3, 5)}-${s.slice(0, 2)}`;
  };
  return (cell) => (typeof cell === 'string' && quick(cell)) || normaliseCell('birthDate', cell, today);
}

/**
 * Digits with at most one "," or "." (not last): "3,45", "3.45", "4", ",5", as dotted text
 * with leading zeros dropped, within the scale; refusals and anything else go the long way.
 */
function gpa(today: Date): CellRule {
  const max = MAX_VALUE_LENGTH;
  const scale = GPA_MAX;
  const quick = (s: string): string | null => {
    // Shorter than the limit: the dotted value is at most one character longer ("0" before ",5").
    if (s.length === 0 || s.length >= max) return null;
    let sep = -1;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 44 || c === 46) {
        if (sep >= 0) return null;
        sep = i;
      } else if (!isDigit(c)) return null;
    }
    if (sep === s.length - 1) return null;
    const whole = (sep < 0 ? s : s.slice(0, sep)).replace(/^0+(?=\d)/, '') || '0';
    const value = sep < 0 ? whole : `${whole}.${s.slice(sep + 1)}`;
    return Number(value) > scale ? null : value;
  };
  return (cell) => (typeof cell === 'string' && quick(cell)) || normaliseCell('gpa', cell, today);
}

/** The rule for one field's cells, with `today` for the age check. */
export function cellRule(field: ApplicantFieldKey, today: Date): CellRule {
  switch (field) {
    case 'name':
      return cleanText(field, today, CLEAN_NFC_TEXT);
    case 'nik':
      return identityNumber(field, today, NIK_TEXT);
    case 'nip':
      return identityNumber(field, today, NIP_TEXT);
    case 'birthDate':
      return birthDate(today);
    case 'gender':
      return (cell) => (cell === 'L' || cell === 'P' ? cell : normaliseCell(field, cell, today));
    case 'gpa':
      return gpa(today);
    default:
      return cleanText(field, today, CLEAN_TEXT);
  }
}
