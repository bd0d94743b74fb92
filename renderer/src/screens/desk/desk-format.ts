import type { Language } from '../../../../shared/errors';
import { formatNumber, localeOf } from '../../../../shared/format';
import { roundHalfUp } from '../../../../shared/scoring/arithmetic';
import { formatValue } from '../selection/format';

/** `14.05.32` / `14:05:32`: when a score was saved, to the second, in the laptop's zone. */
export function formatTime(iso: string, lang: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { timeStyle: 'medium' }).format(d);
}

/** A subtotal or a mean as every document shows it: half-up at two decimals, `87,50`. */
export function formatScore(value: number, lang: Language): string {
  return formatNumber(roundHalfUp(value, 2), lang, 2);
}

/** A difference with its sign, `+0,25` / `−0,40`, so "more lenient" and "stricter" read at a glance. */
export function formatSigned(value: number, lang: Language): string {
  const rounded = roundHalfUp(value, 2);
  const text = formatNumber(Math.abs(rounded), lang, 2);
  return rounded > 0 ? `+${text}` : rounded < 0 ? `\u2212${text}` : text;
}

/** One score as it was entered: `3`, `3,5`, `85`. */
export function formatEntered(value: number, lang: Language): string {
  return formatValue(value, lang);
}
