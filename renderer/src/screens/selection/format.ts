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

/** `12,5 %` / `12.5 %`: the space before the sign is how Indonesian regulations write it. */
export function formatPercent(value: number, lang: Language): string {
  return `${formatValue(value, lang)} %`;
}

/** `30–35 %`. */
export function formatPercentRange(min: number, max: number, lang: Language): string {
  return `${formatValue(min, lang)}–${formatValue(max, lang)} %`;
}

export function formatRange(min: number, max: number, lang: Language): string {
  return `${formatValue(min, lang)}–${formatValue(max, lang)}`;
}
