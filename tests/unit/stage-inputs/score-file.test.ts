import { describe, expect, it } from 'vitest';
import { checkScoreMapping, parseScore, proposeScoreMapping } from '../../../main/domain/results/external-scores';
import type { ExternalComponent } from '../../../shared/contract/stage-inputs-types';
import { PanelisError } from '../../../shared/errors';

const comp = (criterionId: string, code: string, name: string, max: number): ExternalComponent => ({
  criterionId,
  code,
  name,
  min: 0,
  max,
  minimum: null,
});
const SKD = [
  comp('c-twk', 'TWK', 'Tes Wawasan Kebangsaan', 150),
  comp('c-tiu', 'TIU', 'Tes Intelegensia Umum', 175),
  comp('c-tkp', 'TKP', 'Tes Karakteristik Pribadi', 225),
];
const SKB = [comp('c-skb', 'SKB', 'Nilai SKB', 500)];

const code = (e: unknown) => (e instanceof PanelisError ? e.code : String(e));
function thrown(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return code(e);
  }
  throw new Error('expected a refusal');
}

describe('parseScore: scores as spreadsheets hold them', () => {
  it('reads numbers, decimal commas and points; empty is null; anything else is NaN', () => {
    expect(parseScore(87.5)).toBe(87.5);
    expect(parseScore('87,5')).toBe(87.5);
    expect(parseScore(' 412.25 ')).toBe(412.25);
    expect(parseScore('1\u00a0')).toBe(1);
    expect(parseScore('')).toBeNull();
    expect(parseScore(null)).toBeNull();
    for (const bad of ['abc', '#N/A', '1.234,5', '12-3', '--1', true, new Date(0)]) expect(parseScore(bad as never)).toBeNaN();
  });
});

describe('proposeScoreMapping: CAT BKN headers', () => {
  it('maps registration, codes, names and "Nilai X"; leaves totals and names out', () => {
    expect(proposeScoreMapping(['No. Peserta', 'Nama', 'Nilai TWK', 'Tes Intelegensia Umum', 'TKP', 'Total'], SKD)).toEqual({
      'No. Peserta': 'registrationNumber',
      Nama: null,
      'Nilai TWK': 'c-twk',
      'Tes Intelegensia Umum': 'c-tiu',
      TKP: 'c-tkp',
      Total: null,
    });
  });
  it('an exact header wins over a word match; a one-component stage takes "Nilai"', () => {
    expect(proposeScoreMapping(['Nomor Peserta', 'TWK (150)', 'TWK'], [SKD[0]!])).toEqual({
      'Nomor Peserta': 'registrationNumber',
      'TWK (150)': null,
      TWK: 'c-twk',
    });
    expect(proposeScoreMapping(['nomor ujian', 'Nilai'], SKB)).toEqual({ 'nomor ujian': 'registrationNumber', Nilai: 'c-skb' });
  });
});

describe('checkScoreMapping', () => {
  const headers = ['No Peserta', 'TWK', 'TIU', 'TKP'];
  const full = { 'No Peserta': 'registrationNumber', TWK: 'c-twk', TIU: 'c-tiu', TKP: 'c-tkp' };
  it('accepts a complete mapping and drops headers the file does not have', () => {
    expect(checkScoreMapping(headers, { ...full, Other: 'c-twk' }, SKD)).toEqual(full);
  });
  it('refuses a missing component, a target twice, an unknown target', () => {
    expect(thrown(() => checkScoreMapping(headers, { ...full, TKP: null }, SKD))).toBe('SCORES_MAPPING_INCOMPLETE');
    expect(thrown(() => checkScoreMapping(headers, { ...full, TKP: 'c-twk' }, SKD))).toBe('SCORES_MAPPING_INVALID');
    expect(thrown(() => checkScoreMapping(headers, { ...full, TKP: 'c-zzz' }, SKD))).toBe('SCORES_MAPPING_INVALID');
    expect(thrown(() => checkScoreMapping(headers, { ...full, 'No Peserta': null }, SKD))).toBe('SCORES_MAPPING_INCOMPLETE');
  });
});
