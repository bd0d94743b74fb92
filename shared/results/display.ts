import type { Language } from '../errors';
import { localeOf } from '../format';
import { roundHalfUp } from '../scoring/arithmetic';

/**
 * The one way a result number is shown, in the UI, the CSV and the PDF: rounded half up at
 * two decimals (the value itself stays in full precision everywhere else).
 */
export function displayValue(value: number): number {
  // `|| 0` turns a rounded -0 into 0, so nothing ever shows "-0,00".
  return roundHalfUp(value, 2) || 0;
}

/** `csv`: `87.50` (dot, no grouping); a language: `87,50` / `87.50` with the locale's grouping. Null: '' in CSV, '–' otherwise. */
export type ScoreStyle = Language | 'csv';

// The options of `formatNumber(value, lang, 2)` in shared/format.ts, built once per language:
// results texts format thousands of numbers and building an Intl formatter is costly.
const formatters = new Map<Language, Intl.NumberFormat>();
function formatter(lang: Language): Intl.NumberFormat {
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formatters.set(lang, f);
  }
  return f;
}

export function formatScore(value: number | null, style: ScoreStyle): string {
  if (value === null || !Number.isFinite(value)) return style === 'csv' ? '' : '–';
  const shown = displayValue(value);
  return style === 'csv' ? shown.toFixed(2) : formatter(style).format(shown);
}

/** The outcome of a result row as people read it (documents, spreadsheet exports): "Lulus", "Belum Lengkap". */
export function outcomeWord(row: { outcome: string; passed: boolean }, lang: Language): string {
  const words = {
    id: {
      passed: 'Lulus',
      failed: 'Tidak Lulus',
      incomplete: 'Belum Lengkap',
      withdrawn: 'Mengundurkan Diri',
      notEligible: 'Tidak Memenuhi Syarat',
    },
    en: { passed: 'Passed', failed: 'Not passed', incomplete: 'Incomplete', withdrawn: 'Withdrew', notEligible: 'Not eligible' },
  } as const;
  return words[lang][row.outcome as keyof (typeof words)['id']] ?? (row.passed ? words[lang].passed : words[lang].failed);
}
