import type { Cell } from './table';

/**
 * Calendar dates as Indonesian spreadsheets hold them. Day comes before month
 * (17/08/1985), so 08/17/1985 is refused as impossible rather than silently swapped.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type DateReading = { ok: true; date: CalendarDate } | { ok: false; why: 'format' | 'impossible' };

const DAY_MS = 86_400_000;
/** Excel's serial for 1970-01-01 (it counts from 1900-01-00, with 1900 wrongly a leap year). */
const EXCEL_EPOCH_OFFSET = 25569;
/** Serial of 9999-12-31, the last date Excel has. */
const EXCEL_LAST_SERIAL = 2_958_465;

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  pebruari: 2,
  feb: 2,
  peb: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
};

function checked(year: number, month: number, day: number): DateReading {
  const t = new Date(Date.UTC(year, month - 1, day));
  t.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999
  if (month < 1 || month > 12 || day < 1 || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) {
    return { ok: false, why: 'impossible' };
  }
  return { ok: true, date: { year, month, day } };
}

/**
 * A Date cell is a calendar day at UTC midnight (exceljs converts Excel serials that way).
 * A serial stored with float noise (…23:59:59.999) still means that day: round to the
 * nearest minute before taking the day.
 */
function fromDate(d: Date): DateReading {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return { ok: false, why: 'format' };
  const day = new Date(Math.floor((ms + 60_000) / DAY_MS) * DAY_MS);
  return { ok: true, date: { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() } };
}

function fromSerial(n: number): DateReading {
  if (!Number.isFinite(n) || n < 1 || n > EXCEL_LAST_SERIAL) return { ok: false, why: 'format' };
  return fromDate(new Date((n - EXCEL_EPOCH_OFFSET) * DAY_MS));
}

function fromText(raw: string): DateReading {
  const s = raw.trim().replace(/\s+/g, ' ');
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return checked(Number(m[3]), Number(m[2]), Number(m[1]));
  // ISO, also with a time part as some exports add (1985-08-17T00:00:00, 1985-08-17 00:00).
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (month !== undefined) return checked(Number(m[3]), month, Number(m[1]));
  }
  return { ok: false, why: 'format' };
}

/** Reads a date from a cell: a real Excel date, an Excel serial number, or text. */
export function readDate(cell: Exclude<Cell, null | boolean>): DateReading {
  if (cell instanceof Date) return fromDate(cell);
  if (typeof cell === 'number') return fromSerial(cell);
  return fromText(cell);
}

export function isoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Whole years from `birth` to the calendar day of `today` (the machine's local day). */
export function ageOn(birth: CalendarDate, today: Date): number {
  const y = today.getFullYear();
  const m = today.getMonth() + 1;
  const d = today.getDate();
  const hadBirthday = m > birth.month || (m === birth.month && d >= birth.day);
  return y - birth.year - (hadBirthday ? 0 : 1);
}
