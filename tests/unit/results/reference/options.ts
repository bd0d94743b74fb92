import type { Bilingual, ResultOptions } from './types';
import { ResultsInputError } from './input-error';

/** Mean of every counted scorer, no standardisation, at least two scorers, 40 % of the scale. */
export const defaultResultOptions: ResultOptions = {
  method: 'mean',
  standardise: false,
  minScorers: 2,
  disagreementFraction: 0.4,
};

export function resolveOptions(given: Partial<ResultOptions> = {}): ResultOptions {
  const o: ResultOptions = { ...defaultResultOptions, ...given };
  if (!['mean', 'median', 'trimmed'].includes(o.method)) throw new ResultsInputError(`unknown method ${String(o.method)}`);
  if (!Number.isInteger(o.minScorers) || o.minScorers < 1) throw new ResultsInputError('minScorers must be an integer of at least 1');
  if (!Number.isFinite(o.disagreementFraction) || o.disagreementFraction <= 0 || o.disagreementFraction > 1) {
    throw new ResultsInputError('disagreementFraction must be above 0 and at most 1');
  }
  return o;
}

const methodText: Record<ResultOptions['method'], Bilingual> = {
  mean: { id: 'rata-rata nilai anggota yang menilai', en: 'the mean of the members who scored' },
  median: { id: 'median nilai anggota yang menilai', en: 'the median of the members who scored' },
  trimmed: {
    id: 'rata-rata terpangkas (nilai tertinggi dan terendah dibuang bila ada lima penilai atau lebih)',
    en: 'the trimmed mean (highest and lowest dropped when five or more members scored)',
  },
};

/** The rules of a result in plain words, for the documents. */
export function describeOptions(o: ResultOptions): Bilingual {
  const pct = Math.round(o.disagreementFraction * 100);
  const m = methodText[o.method];
  return {
    id:
      `Nilai per kriteria: ${m.id}; anggota yang mengundurkan diri karena konflik kepentingan tidak dihitung. ` +
      (o.standardise
        ? 'Dengan standardisasi per anggota: nilai setiap anggota diubah ke skor z terhadap nilainya sendiri pada kriteria itu, lalu dikembalikan ke skala dengan rata-rata dan simpangan baku seluruh panel. '
        : 'Tanpa standardisasi per anggota. ') +
      `Ditandai bila penilai kurang dari ${o.minScorers} atau selisih nilai antaranggota melebihi ${pct} % rentang skala. ` +
      'Perhitungan dengan presisi penuh; pembulatan setengah ke atas dua desimal hanya untuk tampilan.',
    en:
      `Criterion values: ${m.en}; members recused for a conflict of interest are not counted. ` +
      (o.standardise
        ? "With per-member standardisation: each member's scores become z-scores against their own scores on that criterion, rescaled with the whole panel's mean and standard deviation. "
        : 'No per-member standardisation. ') +
      `Flagged with fewer than ${o.minScorers} scorers or when members' scores differ by more than ${pct} % of the scale's range. ` +
      'Computed in full precision; rounded half up to two decimals only for display.',
  };
}
