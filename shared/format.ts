import type { Language } from './errors';

/**
 * Locale-aware formatting for numbers, dates and sizes, the same in the UI and in the
 * documents. Pure: only Intl, no DOM or Node. Rounding rules for scores live in the scale
 * maths module; these functions only display a value that is already rounded.
 */

const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

export function localeOf(lang: Language): string {
  return locales[lang];
}

export interface DateFormatOptions {
  /** IANA zone; by default the laptop's own zone (what the committee sees on the wall clock). */
  timeZone?: string;
}

/** `87,50` in Indonesian, `87.50` in English; thousands grouped as the locale does. */
export function formatNumber(value: number, lang: Language, fractionDigits = 2): string {
  return new Intl.NumberFormat(locales[lang], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** A calendar date without a time: parsed as midnight UTC by Date, so shown in UTC to stay on that day. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function parse(iso: string): Date | null {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

function zoneFor(iso: string, opts: DateFormatOptions): string | undefined {
  return DATE_ONLY.test(iso) ? 'UTC' : opts.timeZone;
}

/** `23 November 2026` (both languages use day-month-year with the month written out). */
export function formatDateLong(iso: string, lang: Language, opts: DateFormatOptions = {}): string {
  const d = parse(iso);
  // An unreadable date is shown as it came rather than crashing a whole screen.
  if (!d) return iso;
  return new Intl.DateTimeFormat(locales[lang], {
    dateStyle: 'long',
    timeZone: zoneFor(iso, opts),
  }).format(d);
}

/** `23 November 2026 pukul 14.05` / `23 November 2026 at 14:05`. */
export function formatDateTime(iso: string, lang: Language, opts: DateFormatOptions = {}): string {
  const d = parse(iso);
  if (!d) return iso;
  return new Intl.DateTimeFormat(locales[lang], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: zoneFor(iso, opts),
  }).format(d);
}

/** Indonesia's three time zones, as printed after a time on official papers. */
export const INDONESIAN_ZONES = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' } as const;
export type IndonesianZone = keyof typeof INDONESIAN_ZONES;

/**
 * `23 November 2026 pukul 09.00 WIB` / `23 November 2026 at 09:00 WIB`: an instant as an official
 * paper prints it, in the selection's zone (never a machine timestamp).
 */
export function formatDateTimeZone(iso: string, lang: Language, zone: IndonesianZone): string {
  const d = parse(iso);
  if (!d) return iso;
  return `${formatDateTime(iso, lang, { timeZone: INDONESIAN_ZONES[zone] })} ${zone}`;
}

const units = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * File sizes as Windows Explorer shows them (1 KB = 1024 bytes), which is what the
 * committee compares against: `512 B`, `1,5 MB` / `1.5 MB`, `12 MB`.
 */
export function formatBytes(bytes: number, lang: Language): string {
  if (!Number.isFinite(bytes) || bytes < 0) return formatNumber(0, lang, 0) + ' B';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // Whole bytes have no fraction; small values keep one decimal so 1.5 MB is not shown as 2 MB.
  let digits = unit === 0 || value >= 10 ? 0 : 1;
  // 1023.96 KB would round to "1024 KB": carry into the next unit instead.
  if (unit < units.length - 1 && Number(value.toFixed(digits)) >= 1024) {
    value /= 1024;
    unit += 1;
    digits = 1;
  }
  // No trailing ",0": "1 MB" rather than "1,0 MB".
  const text = new Intl.NumberFormat(locales[lang], {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(value);
  return `${text} ${units[unit]}`;
}
