/**
 * Numbers and dates in words, as official Indonesian letters write them ("terbilang"):
 * `terbilang(23)` = "dua puluh tiga", `hariTanggalTerbilang('2026-11-23')` gives the opening of
 * a berita acara ("Pada hari ini, Senin tanggal Dua Puluh Tiga bulan November tahun Dua Ribu
 * Dua Puluh Enam"). English equivalents for documents printed in English. Pure.
 */
import type { Language } from './errors';

const ones = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** Whole numbers 0 .. 999 999 999 999 999 in Indonesian words, lower case. */
export function terbilang(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`terbilang: not a whole number: ${n}`);
  if (n < 0) return `minus ${terbilang(-n)}`;
  if (n >= 1e15) throw new RangeError(`terbilang: too large: ${n}`);
  return words(n);
}

function words(n: number): string {
  if (n < 12) return ones[n]!;
  if (n < 20) return `${ones[n - 10]!} belas`;
  if (n < 100) return join(`${ones[Math.floor(n / 10)]!} puluh`, n % 10);
  if (n < 200) return join('seratus', n - 100);
  if (n < 1000) return join(`${ones[Math.floor(n / 100)]!} ratus`, n % 100);
  if (n < 2000) return join('seribu', n - 1000);
  if (n < 1e6) return join(`${words(Math.floor(n / 1000))} ribu`, n % 1000);
  if (n < 1e9) return join(`${words(Math.floor(n / 1e6))} juta`, n % 1e6);
  if (n < 1e12) return join(`${words(Math.floor(n / 1e9))} miliar`, n % 1e9);
  return join(`${words(Math.floor(n / 1e12))} triliun`, n % 1e12);
}

function join(head: string, rest: number): string {
  return rest === 0 ? head : `${head} ${words(rest)}`;
}

const enOnes = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const enTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Whole numbers in English words (British usage: "one hundred and five"), lower case. */
export function numberInWordsEn(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`numberInWordsEn: not a whole number: ${n}`);
  if (n < 0) return `minus ${numberInWordsEn(-n)}`;
  if (n >= 1e15) throw new RangeError(`numberInWordsEn: too large: ${n}`);
  return en(n);
}

function en(n: number): string {
  if (n < 20) return enOnes[n]!;
  if (n < 100) return enTens[Math.floor(n / 10)]! + (n % 10 ? `-${enOnes[n % 10]!}` : '');
  if (n < 1000) return `${enOnes[Math.floor(n / 100)]!} hundred` + (n % 100 ? ` and ${en(n % 100)}` : '');
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ];
  for (const [size, name] of scales) {
    if (n >= size) {
      const rest = n % size;
      return `${en(Math.floor(n / size))} ${name}` + (rest === 0 ? '' : rest < 100 ? ` and ${en(rest)}` : ` ${en(rest)}`);
    }
  }
  return String(n);
}

export function inWords(n: number, lang: Language): string {
  return lang === 'id' ? terbilang(n) : numberInWordsEn(n);
}

/** "Dua Puluh Tiga": every word capitalised, as the opening of a berita acara writes dates. */
export function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()).replace(/ And /g, ' and ');
}

/** `3 (tiga) orang` / `3 (three) people`: a count in figures and words. */
export function countInWords(n: number, lang: Language, unit?: { id: string; en: [string, string] }): string {
  const u = unit ?? { id: 'orang', en: ['person', 'people'] as [string, string] };
  const noun = lang === 'id' ? u.id : n === 1 ? u.en[0] : u.en[1];
  return `${n} (${inWords(n, lang)}) ${noun}`;
}

export const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
export const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A calendar date `YYYY-MM-DD` (the committee's local date; no time zone involved). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function parseCalendarDate(iso: string): CalendarDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not a date (YYYY-MM-DD): ${iso}`);
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(d.year, d.month - 1, d.day));
  if (check.getUTCFullYear() !== d.year || check.getUTCMonth() !== d.month - 1 || check.getUTCDate() !== d.day) {
    throw new RangeError(`no such date: ${iso}`);
  }
  return d;
}

function weekday(d: CalendarDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** "Senin" / "Monday". */
export function dayName(iso: string, lang: Language): string {
  const i = weekday(parseCalendarDate(iso));
  return lang === 'id' ? HARI[i]! : DAYS_EN[i]!;
}

/** "23 November 2026" (figures), without time zone arithmetic. */
export function dateLong(iso: string, lang: Language): string {
  const d = parseCalendarDate(iso);
  return `${d.day} ${lang === 'id' ? BULAN[d.month - 1]! : MONTHS_EN[d.month - 1]!} ${d.year}`;
}

/**
 * The opening of a berita acara: "Pada hari ini, Senin tanggal Dua Puluh Tiga bulan November
 * tahun Dua Ribu Dua Puluh Enam" / "On this day, Monday the Twenty-Three of November of the
 * year Two Thousand and Twenty-Six".
 */
export function hariTanggalTerbilang(iso: string, lang: Language): string {
  const d = parseCalendarDate(iso);
  if (lang === 'id') {
    return `Pada hari ini, ${dayName(iso, 'id')} tanggal ${titleCase(terbilang(d.day))} bulan ${BULAN[d.month - 1]!} tahun ${titleCase(terbilang(d.year))}`;
  }
  return `On this day, ${dayName(iso, 'en')} the ${titleCase(numberInWordsEn(d.day))} of ${MONTHS_EN[d.month - 1]!} of the year ${titleCase(numberInWordsEn(d.year))}`;
}

/** Roman numerals for the month in a nomor surat (XI for November). */
export function romanMonth(month: number): string {
  const r = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
  const v = r[month - 1];
  if (!v) throw new RangeError(`no such month: ${month}`);
  return v;
}

/**
 * A nomor surat from its configured format: `{seq}` the running number, `{roman}` the month
 * in Roman numerals, `{month}` two digits, `{year}` four digits, `{code}` the document code.
 * `800/{seq}/BA-PANSEL/{roman}/{year}` → `800/123/BA-PANSEL/XI/2026`.
 */
export function nomorSurat(format: string, v: { seq: number; date: string; code: string }): string {
  const d = parseCalendarDate(v.date);
  return format
    .replaceAll('{seq}', String(v.seq))
    .replaceAll('{roman}', romanMonth(d.month))
    .replaceAll('{month}', String(d.month).padStart(2, '0'))
    .replaceAll('{year}', String(d.year))
    .replaceAll('{code}', v.code);
}
