import type { Language } from '../../../shared/errors';

/**
 * Wall-clock times as committees write them: `09.00` in Indonesian (as in "pukul 09.00"),
 * `09:00` in English. The API keeps `HH:MM`; only what a person reads or types differs.
 */
export function formatClock(hhmm: string, lang: Language): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return hhmm;
  return lang === 'id' ? `${m[1]}.${m[2]}` : `${m[1]}:${m[2]}`;
}

/** `9`, `9.30`, `09:30`, `0930` -> `09:30`; anything that is not a time of day -> null. */
export function parseClock(text: string): string | null {
  const s = text.trim();
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(s) ?? /^(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** Today on this laptop's calendar as `yyyy-mm-dd` (toISOString would give the UTC day, yesterday before 07.00 WIB). */
export function todayLocal(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A calendar date as typed in three parts (day, month number, year), as the date fields keep it. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export function partsOf(iso: string | null): DateParts {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { year: m[1] ?? '', month: String(Number(m[2])), day: String(Number(m[3])) } : { day: '', month: '', year: '' };
}

/** The ISO date the parts name, null when all are empty, undefined when they name no real day. */
export function isoOfParts(p: DateParts): string | null | undefined {
  if (!p.day && !p.month && !p.year) return null;
  const d = Number(p.day);
  const m = Number(p.month);
  const y = Number(p.year);
  if (!Number.isInteger(d) || !Number.isInteger(m) || !/^\d{4}$/.test(p.year)) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${p.year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
