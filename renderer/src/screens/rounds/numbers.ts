import type { Language } from '../../../../shared/errors';
import { formatNumber } from '../../../../shared/format';
import { roundHalfUp } from '../../../../shared/scoring/arithmetic';

/** A mean as the documents show it: half-up at two decimals, in the locale (3,25). */
export function formatMean(value: number, lang: Language): string {
  return formatNumber(roundHalfUp(value, 2), lang, 2);
}

/** A difference with its sign (+0,50 / −0,25), so "more lenient" reads at a glance. */
export function formatDifference(value: number, lang: Language): string {
  const rounded = roundHalfUp(value, 2);
  const text = formatNumber(Math.abs(rounded), lang, 2);
  if (rounded > 0) return `+${text}`;
  if (rounded < 0) return `\u2212${text}`;
  return text;
}

/** Counts of people or applicants: whole numbers grouped as the locale does. */
export function formatCount(value: number, lang: Language): string {
  return formatNumber(value, lang, 0);
}
