import type { Language } from '../../../../shared/errors';
import { localeOf } from '../../../../shared/format';

/**
 * Numbers as people typed them, in the locale and without padding: 12,5 · 100 · 0,01 in
 * Indonesian. shared/format.ts formats fixed decimals (scores); weights and scale bounds are
 * shown as entered, up to three decimals.
 */
export function formatValue(value: number, lang: Language): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 3, useGrouping: false }).format(value);
}

/** A non-breaking space, so "35 %" never wraps between the number and its sign. */
const NBSP = '\u00a0';

/** `12,5 %` / `12.5 %`: the space before the sign is how Indonesian regulations write it. */
export function formatPercent(value: number, lang: Language): string {
  return `${formatValue(value, lang)}${NBSP}%`;
}

/** `30–35 %`. */
export function formatPercentRange(min: number, max: number, lang: Language): string {
  return `${formatValue(min, lang)}–${formatValue(max, lang)}${NBSP}%`;
}

/** Text written with "20–25 %" keeps each number with its sign when it wraps. */
export function keepPercentTogether(text: string): string {
  return text.replace(/ %/g, `${NBSP}%`);
}

export function formatRange(min: number, max: number, lang: Language): string {
  return `${formatValue(min, lang)}–${formatValue(max, lang)}`;
}
